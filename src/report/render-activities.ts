/** The scenario and question sections of the report page. */
import type { Figures, QuestionFigure } from './figures.ts';
import { bodyRow, headRow, table, text } from './html.ts';
import { count, drawnShare, share } from './privacy.ts';
import type { ScenarioFigure } from './scenario-figures.ts';
import { barChart, decisionMap } from './svg.ts';

/** Long texts are cut in the tables; the id next to them names the full text in the content. */
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function targetOf(s: ScenarioFigure, f: Figures, node: string, choice: string) {
  const scenario = f.scenarioContent.get(s.id);
  const c = scenario?.nodes.find((n) => n.id === node)?.choices?.find((x) => x.id === choice);
  return c?.next ?? '';
}

export function scenarioSection(s: ScenarioFigure, f: Figures): string {
  const min = f.minLearners;
  const weak = s.decisions.filter((d) => d.weakMajority && d.learners >= min);
  const shown = s.decisions.filter((d) => d.learners > 0);
  const later = s.replayed > 0;
  const blocks = shown.map((d) => ({
    node: d.node,
    edges: d.choices.map((c) => ({
      choice: c.id,
      target: targetOf(s, f, d.node, c.id),
      value: drawnShare(c.first, d.learners, min),
      text: share(c.first, d.learners, min),
      rating: c.rating,
    })),
  }));
  const body = shown
    .map((d) => {
      const flag = d.weakMajority && d.learners >= min ? ' (most choose weak or acceptable)' : '';
      const head =
        `<tr><th colspan=${later ? 4 : 3} ` +
        `scope=rowgroup>${text(d.node)}${flag}, ` +
        `${count(d.learners, min)} learners: ${text(clip(d.text, 100))}`;
      const rows = d.choices.map((c) =>
        bodyRow(text(`${c.id}: ${clip(c.text, 60)}`), [
          c.rating,
          `${share(c.first, d.learners, min)} (${count(c.first, min)})`,
          ...(later ? [share(c.later, d.laterLearners, min)] : []),
        ]),
      );
      return `<tbody>${head}${rows.join('')}`;
    })
    .join('');
  const decisions = shown.length
    ? decisionMap(`Scenario map of ${s.title}: share of learners per choice`, blocks) +
      `<table><caption>Choices in ${text(s.title)}, share of learners (count)` +
      `${headRow(['Choice', 'Rating', 'First play', ...(later ? ['Later play'] : [])])}${body}</table>`
    : '';
  const endingRows = s.endings.map((e) => [e.title, count(e.first, min), count(e.later, min)]);
  const reached = s.endings.reduce((t, e) => t + e.first, 0);
  const endingBars = s.endings.map((e) => ({
    label: e.id,
    value: drawnShare(e.first, reached, min),
    text: share(e.first, reached, min),
  }));
  return (
    `<h3>${text(s.title)}</h3>` +
    `<p>${count(s.learners, min)} learners, ${count(s.replayed, min)} played it again.` +
    (weak.length
      ? ` Decisions where most learners choose weak or acceptable options: ` +
        `${weak.map((d) => text(d.node)).join(', ')}.`
      : ' No decision where most learners choose weak or acceptable options.') +
    (s.unresolved
      ? ` ${count(s.unresolved, min)} answers name no choice offered at their node (an older ` +
        `version of the scenario) and are not counted.`
      : '') +
    `</p>${barChart(`Endings reached in ${s.title}, first play-through`, endingBars)}` +
    table(
      `Endings of ${s.title}`,
      ['Ending', 'First play-through', 'Later play-through'],
      endingRows,
    ) +
    decisions
  );
}

export function questionSection(q: QuestionFigure, min: number): string {
  const bars = q.options.map((o) => ({
    label: o.id,
    value: drawnShare(o.first, q.learners, min),
    text: share(o.first, q.learners, min),
  }));
  const rows = q.options.map((o) => [
    `${o.id}: ${clip(o.text, 60)}`,
    o.correct ? 'right' : o.id === q.distractor ? 'most chosen wrong option' : 'wrong',
    count(o.first, min),
    share(o.first, q.learners, min),
  ]);
  return (
    `<h3>${text(q.key)}` +
    `${q.flag ? ` <span class="flag">${text(q.flag)}</span>` : ''}</h3>` +
    `<p class="quote">${text(clip(q.prompt, 140))}</p><p>Difficulty: ` +
    `${share(q.correct, q.learners, min)} right on the first answer, ` +
    `${count(q.learners, min)} learners.` +
    (q.unresolved
      ? ` ${count(q.unresolved, min)} answers name an option that is not in the current content ` +
        `(an older version of the question) and are not counted.`
      : '') +
    '</p>' +
    barChart(`Options chosen for ${q.key}, first answer`, bars) +
    table(`Answers to ${q.key}`, ['Option', 'Kind', 'Learners', 'Share'], rows)
  );
}
