/** Two periods side by side (before/after a content change or a team's training day). */
import type { Figures } from './figures.ts';
import { table } from './html.ts';
import { share } from './privacy.ts';

type Row = [string, string, string];

function rows(a: Figures, b: Figures): { modules: Row[]; questions: Row[]; decisions: Row[] } {
  const min = a.minLearners;
  const modules = a.modules.map((m, i): Row => {
    const n = b.modules[i];
    return [m.title, share(m.passed, m.judged, min), share(n.passed, n.judged, min)];
  });
  const questions = a.questions.map((q, i): Row => {
    const n = b.questions[i];
    return [q.key, share(q.correct, q.learners, min), share(n.correct, n.learners, min)];
  });
  const strong = (d: Figures['scenarios'][0]['decisions'][0]) =>
    d.choices.filter((c) => c.rating === 'strong').reduce((t, c) => t + c.first, 0);
  const decisions = a.scenarios.flatMap((s, i) =>
    s.decisions.map((d, j): Row => {
      const n = b.scenarios[i].decisions[j];
      return [
        `${s.id}.${d.node}`,
        share(strong(d), d.learners, min),
        share(strong(n), n.learners, min),
      ];
    }),
  );
  const used = (r: Row) => r[1] !== '–' || r[2] !== '–';
  return {
    modules: modules.filter(used),
    questions: questions.filter(used),
    decisions: decisions.filter(used),
  };
}

export function comparisonSection(c: { a: Figures; b: Figures; labels: [string, string] }) {
  const r = rows(c.a, c.b);
  const [la, lb] = c.labels;
  return (
    '<section aria-labelledby="compare"><h2 id="compare">Two periods compared</h2>' +
    table('Pass rate per module', ['Module', la, lb], r.modules) +
    table('Share right on the first answer, per question', ['Question', la, lb], r.questions) +
    table('Share choosing a strong option, per decision', ['Decision', la, lb], r.decisions) +
    '</section>'
  );
}
