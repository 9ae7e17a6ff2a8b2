/** The module and competency sections of the report page. */
import type { CompetencyFigure, ModuleFigure } from './figures.ts';
import { SCORE_BUCKETS, TIME_BUCKETS } from './figures.ts';
import { table, text } from './html.ts';
import { count, drawnShare, share } from './privacy.ts';
import { barChart } from './svg.ts';

function stopsPart(m: ModuleFigure, min: number): string {
  const known = m.stops.reduce((t, s) => t + s.learners, 0);
  if (!known) return '<p>No saved locations or answers to tell where learners stop.</p>';
  const source =
    m.stopsFromLocation === known
      ? 'from the saved location'
      : m.stopsFromLocation === 0
        ? 'from the section of each learner’s last answer (these exports carry no saved location)'
        : 'from the saved location where the export has it, else from the section of the last ' +
          'answer';
  const bars = m.stops.map((s) => ({
    label: s.id,
    value: drawnShare(s.learners, known, min),
    text: share(s.learners, known, min),
  }));
  return (
    `<p>Where learners stop, ${source}.</p>` +
    barChart(`Section where learners stop in ${m.title}`, bars) +
    table(
      `Section where learners stop in ${m.title}`,
      ['Section', 'Learners', 'Share', 'Not completed'],
      m.stops.map((s) => [
        `${s.id}: ${s.title}`,
        count(s.learners, min),
        share(s.learners, known, min),
        count(s.notCompleted, min),
      ]),
    )
  );
}

export function moduleSection(m: ModuleFigure, min: number): string {
  const scored = m.scores.reduce((t, n) => t + n, 0);
  const timed = m.times.reduce((t, n) => t + n, 0);
  const bars = (labels: string[], xs: number[], of: number) =>
    xs.map((n, i) => ({ label: labels[i], value: drawnShare(n, of, min), text: count(n, min) }));
  return (
    `<h3>${text(m.title)}</h3>` +
    table(
      `${m.title}: key figures`,
      ['Measure', 'Value'],
      [
        ['Learners', count(m.learners, min)],
        ['Completed', `${count(m.completed, min)} (${share(m.completed, m.learners, min)})`],
        ['Pass rate', share(m.passed, m.judged, min)],
        ['Median time spent', m.medianMinutes === undefined ? '–' : `${m.medianMinutes} min`],
      ],
    ) +
    (scored
      ? barChart(`Score distribution in ${m.title}`, bars(SCORE_BUCKETS, m.scores, scored)) +
        table(
          `Scores in ${m.title}`,
          ['Score', 'Learners'],
          SCORE_BUCKETS.map((b, i) => [b, count(m.scores[i], min)]),
        )
      : '<p>No scores recorded.</p>') +
    (timed
      ? barChart(`Time spent in ${m.title}`, bars(TIME_BUCKETS, m.times, timed)) +
        table(
          `Time spent in ${m.title}`,
          ['Time', 'Learners'],
          TIME_BUCKETS.map((b, i) => [b, count(m.times[i], min)]),
        )
      : '') +
    stopsPart(m, min)
  );
}

export function competencySection(c: CompetencyFigure, min: number): string {
  const bars = SCORE_BUCKETS.map((b, i) => ({
    label: b,
    value: drawnShare(c.scores[i], c.learners, min),
    text: count(c.scores[i], min),
  }));
  return (
    `<h3>${text(c.label)}</h3>${barChart(`Objective scores for ${c.label}`, bars)}` +
    table(
      `${c.label}: objective scores (${count(c.learners, min)} learners)`,
      ['Score', 'Learners'],
      SCORE_BUCKETS.map((b, i) => [b, count(c.scores[i], min)]),
    )
  );
}
