/**
 * Figures side by side: two periods (before/after a content change or a team's training day), or
 * the groups an export names (Moodle's group column, the CSV's group, xAPI context.team).
 */
import type { Figures } from './figures.ts';
import { table } from './html.ts';
import { count, share } from './privacy.ts';

export interface Comparison {
  /** Section id and heading. */
  id: string;
  heading: string;
  columns: Array<{ label: string; figures: Figures }>;
}

type Decision = Figures['scenarios'][0]['decisions'][0];
const strong = (d: Decision) =>
  d.choices.filter((c) => c.rating === 'strong').reduce((t, c) => t + c.first, 0);

function rows(columns: Figures[]) {
  const [first] = columns;
  const min = first.minLearners;
  const used = (r: string[]) => r.slice(1).some((c) => c !== '–' && c !== '0');
  const learners = first.modules.map((m, i) => [
    m.title,
    ...columns.map((f) => count(f.modules[i].learners, min)),
  ]);
  const modules = first.modules.map((m, i) => [
    m.title,
    ...columns.map((f) => share(f.modules[i].passed, f.modules[i].judged, min)),
  ]);
  const questions = first.questions.map((q, i) => [
    q.key,
    ...columns.map((f) => share(f.questions[i].correct, f.questions[i].learners, min)),
  ]);
  // Per scenario, the share of strong choices over all its decisions; per decision only where
  // most of some column choose weak or acceptable options: bounded, whatever the groups.
  const scenarios = first.scenarios.map((s, i) => [
    s.title,
    ...columns.map((f) => {
      const ds = f.scenarios[i].decisions;
      const all = ds.reduce((t, d) => t + d.learners, 0);
      return share(
        ds.reduce((t, d) => t + strong(d), 0),
        all,
        min,
      );
    }),
  ]);
  const decisions = first.scenarios.flatMap((s, i) =>
    s.decisions
      .map((d, j) => ({ d, j }))
      .filter(({ j }) =>
        columns.some((f) => {
          const n = f.scenarios[i].decisions[j];
          return n.weakMajority && n.learners >= min;
        }),
      )
      .map(({ d, j }) => [
        `${s.id}.${d.node}`,
        ...columns.map((f) => {
          const n = f.scenarios[i].decisions[j];
          return share(strong(n), n.learners, min);
        }),
      ]),
  );
  return {
    learners: learners.filter(used),
    modules: modules.filter(used),
    questions: questions.filter(used),
    scenarios: scenarios.filter(used),
    decisions: decisions.filter(used),
  };
}

export function comparisonSection(c: Comparison) {
  const r = rows(c.columns.map((x) => x.figures));
  const labels = c.columns.map((x) => x.label);
  return (
    `<section aria-labelledby="${c.id}"><h2 id="${c.id}">${c.heading}</h2>` +
    table(`Learners per module (${c.heading.toLowerCase()})`, ['Module', ...labels], r.learners) +
    table(`Pass rate per module (${c.heading.toLowerCase()})`, ['Module', ...labels], r.modules) +
    table(
      `Share right on the first answer, per question (${c.heading.toLowerCase()})`,
      ['Question', ...labels],
      r.questions,
    ) +
    table(
      `Share of strong choices, per scenario (${c.heading.toLowerCase()})`,
      ['Scenario', ...labels],
      r.scenarios,
    ) +
    (r.decisions.length
      ? table(
          `Share choosing a strong option where most of a column choose weak or acceptable ones ` +
            `(${c.heading.toLowerCase()})`,
          ['Decision', ...labels],
          r.decisions,
        )
      : '') +
    '</section>'
  );
}
