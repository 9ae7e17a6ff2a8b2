/** Every figure of the report as CSV rows (section, item, measure, value), masked like the page. */
import type { Figures } from './figures.ts';
import { SCORE_BUCKETS, TIME_BUCKETS } from './figures.ts';
import { count, share } from './privacy.ts';

const cell = (x: string | number) => {
  const s = String(x);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function figuresCsv(f: Figures): string {
  const min = f.minLearners;
  const out: Array<Array<string | number>> = [['section', 'item', 'measure', 'value']];
  const add = (...r: Array<string | number>) => {
    out.push(r);
  };
  for (const m of f.modules) {
    add('module', m.id, 'learners', count(m.learners, min));
    add('module', m.id, 'completed', count(m.completed, min));
    add('module', m.id, 'pass rate', share(m.passed, m.judged, min));
    add('module', m.id, 'median minutes', m.medianMinutes ?? '');
    for (const [i, b] of SCORE_BUCKETS.entries())
      add('module', m.id, `score ${b}`, count(m.scores[i], min));
    for (const [i, b] of TIME_BUCKETS.entries())
      add('module', m.id, `time ${b}`, count(m.times[i], min));
    for (const s of m.stops) {
      add('stop', `${m.id}.${s.id}`, 'learners', count(s.learners, min));
      add('stop', `${m.id}.${s.id}`, 'not completed', count(s.notCompleted, min));
    }
  }
  for (const s of f.scenarios) {
    add('scenario', s.id, 'learners', count(s.learners, min));
    add('scenario', s.id, 'played again', count(s.replayed, min));
    add('scenario', s.id, 'answers naming no offered choice', s.unresolved);
    for (const e of s.endings) {
      add('ending', `${s.id}.${e.id}`, 'first play-through', count(e.first, min));
      add('ending', `${s.id}.${e.id}`, 'later play-through', count(e.later, min));
    }
    for (const d of s.decisions) {
      const id = `${s.id}.${d.node}`;
      add('decision', id, 'learners', count(d.learners, min));
      add('decision', id, 'most choose weak or acceptable', d.weakMajority ? 'yes' : 'no');
      for (const c of d.choices) {
        add('choice', `${id}.${c.id}`, 'share first play', share(c.first, d.learners, min));
        add('choice', `${id}.${c.id}`, 'share later play', share(c.later, d.laterLearners, min));
      }
    }
  }
  for (const q of f.questions) {
    add('question', q.key, 'learners', count(q.learners, min));
    add('question', q.key, 'share right', share(q.correct, q.learners, min));
    add('question', q.key, 'most chosen wrong option', q.distractor ?? '');
    add('question', q.key, 'flag', q.flag ?? '');
    add('question', q.key, 'answers naming an option not in the content', q.unresolved);
    for (const o of q.options)
      add('option', `${q.key}.${o.id}`, 'share', share(o.first, q.learners, min));
  }
  for (const c of f.competencies)
    for (const [i, b] of SCORE_BUCKETS.entries())
      add('competency', c.id, `score ${b}`, count(c.scores[i], min));
  add('input', 'records', 'used', f.counts.events);
  add('input', 'records', 'duplicates', f.counts.duplicates);
  add('input', 'records', 'not usable', f.counts.problems);
  for (const [id, n] of f.unknownIds) add('input', id, 'not in current content', n);
  return `${out.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
