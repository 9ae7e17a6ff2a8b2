/**
 * Moodle's SCORM interactions report, downloaded as "text" (tab-separated, HTML-escaped cells):
 * `Name`, identity fields, `Attempt`, `Started on`, `Last accessed on`, `Score`, one column per
 * SCO, then `Question N`, `Response N`, `Right answer N`, `Result N` for each interaction.
 * One row is one attempt of one learner.
 */
import { parseMoodleDate, unescapeHtml } from './cells.ts';
import type { ParseOutput, Source } from './types.ts';

export interface MoodleLayout {
  learnerCols: number[];
  attempt: number;
  started: number;
  last: number;
  score: number;
  group: number;
  /** The saved location (section id), when the download has such a column. */
  location: number;
  sco: number[];
  /** Per interaction N: the columns of Question, Response and Result. */
  questions: Array<{ id: number; response: number; result: number }>;
  width: number;
}

/** True when the first line looks like Moodle's interactions report header. */
export const isMoodleHeader = (line: string) =>
  line.includes('\t') && /\bAttempt\b/.test(line) && /\bQuestion 1\b/.test(line);

export function moodleLayout(header: string): MoodleLayout {
  const cols = header.split('\t').map((c) => unescapeHtml(c.trim()));
  const at = (name: string) => cols.indexOf(name);
  const attempt = at('Attempt');
  const firstQuestion = at('Question 1');
  const questions: MoodleLayout['questions'] = [];
  for (let n = 1; at(`Question ${n}`) >= 0; n++)
    questions.push({
      id: at(`Question ${n}`),
      response: at(`Response ${n}`),
      result: at(`Result ${n}`),
    });
  const score = at('Score');
  return {
    learnerCols: cols.map((_, i) => i).filter((i) => i < attempt),
    attempt,
    started: at('Started on'),
    last: at('Last accessed on'),
    score,
    group: cols.findIndex((c) => /^groups?$/i.test(c)),
    location: cols.findIndex((c) => LOCATION.test(c)),
    sco: cols
      .map((_, i) => i)
      .filter((i) => i > score && i < firstQuestion && !LOCATION.test(cols[i])),
    questions,
    width: cols.length,
  };
}

const STATUS = /passed|failed|completed|incomplete/i;
const LOCATION = /^(cmi\.core\.lesson_location|cmi\.location|location)$/i;

/** One data row into events (module status and each interaction) or a problem. */
export function moodleRow(
  line: string,
  layout: MoodleLayout,
  source: Source,
  moduleOf: (interactionId: string) => string | undefined,
): ParseOutput[] {
  const cells = line.split('\t').map((c) => unescapeHtml(c.trim()));
  const problem = (reason: string): ParseOutput[] => [
    { kind: 'problem', problem: { ...source, reason } },
  ];
  if (cells.length > layout.width)
    return problem(`row has ${cells.length} cells but the header has ${layout.width}`);
  const learner = layout.learnerCols.map((i) => cells[i] ?? '').join('\u0001');
  if (!layout.learnerCols.some((i) => cells[i])) return problem('row without a learner name');
  const attempt = cells[layout.attempt] ?? '';
  const started = parseMoodleDate(cells[layout.started] ?? '');
  const last = parseMoodleDate(cells[layout.last] ?? '');
  const group = layout.group >= 0 ? cells[layout.group] : undefined;
  const base = { learner, attempt, time: started, group, source };
  const out: ParseOutput[] = [];
  const key = `m:${learner}\u0002${attempt}`;
  for (const [n, q] of layout.questions.entries()) {
    const id = cells[q.id];
    if (!id) continue;
    const response = cells[q.response] ?? '';
    out.push({
      kind: 'event',
      event: { type: 'answer', ...base, id, response },
      dedupKey: `${key}\u0002${id}\u0002${n}`,
    });
  }
  const ids = layout.questions.map((q) => cells[q.id]).filter(Boolean);
  const module = ids.map(moduleOf).find(Boolean);
  if (!module) return out; // no known interaction: the aggregator reports each unknown id
  const status = layout.sco.map((i) => cells[i] ?? '').find((c) => STATUS.test(c));
  const score = Number.parseFloat(cells[layout.score] ?? '');
  out.push({
    kind: 'event',
    event: {
      type: 'module',
      ...base,
      module,
      status: (status?.match(STATUS)?.[0].toLowerCase() ?? 'launched') as 'completed',
      score: Number.isFinite(score) ? score : undefined,
      durationMs: Number.isFinite(last - started) && last >= started ? last - started : undefined,
      location: layout.location >= 0 ? cells[layout.location] || undefined : undefined,
    },
    dedupKey: `${key}\u0002module`,
  });
  // Moodle's status column shows the success status over the completion status, and a judged
  // attempt is a finished one (SCORM 1.2 has one status; our course judges only once complete).
  if (/passed|failed/i.test(status ?? ''))
    out.push({
      kind: 'event',
      event: { type: 'module', ...base, module, status: 'completed' },
      dedupKey: `${key}\u0002module-completed`,
    });
  return out;
}
