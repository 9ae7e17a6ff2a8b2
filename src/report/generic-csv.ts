/**
 * The generic CSV for any other LMS (documented in content/README.md): a header line, then one
 * record per line. Required columns `learner`, `time`, `interaction`, `response`, `result`;
 * optional `attempt` and `group`. `interaction` is an interaction id (`rp.…`,
 * `<check>.<question>`),
 * `objective.<competency>` (response: score 0–100), `module.<module>` (response: launched,
 * completed, passed, failed; result: score 0–100) or `location.<module>` (response: the id of the
 * section where the learner is, as saved in cmi.core.lesson_location or cmi.location).
 */
import { splitCsvLine } from './cells.ts';
import type { ParseOutput, ReportEvent, Source } from './types.ts';

export const GENERIC_COLUMNS = ['learner', 'time', 'interaction', 'response', 'result'] as const;

export interface GenericLayout {
  col: Record<string, number>;
  width: number;
  /** Header columns the report does not use, reported once. */
  unused: string[];
}

export const isGenericHeader = (line: string) => {
  const cols = splitCsvLine(line).map((c) => c.toLowerCase());
  return GENERIC_COLUMNS.every((c) => cols.includes(c));
};

export function genericLayout(header: string): GenericLayout {
  const cols = splitCsvLine(header).map((c) => c.toLowerCase());
  const known = [...GENERIC_COLUMNS, 'attempt', 'group'];
  return {
    col: Object.fromEntries(known.map((k) => [k, cols.indexOf(k)])),
    width: cols.length,
    unused: cols.filter((c) => !known.includes(c)),
  };
}

const MODULE_STATUS = ['launched', 'completed', 'passed', 'failed', 'incomplete'];

export function genericRow(line: string, layout: GenericLayout, source: Source): ParseOutput {
  const cells = splitCsvLine(line);
  const problem = (reason: string): ParseOutput => ({
    kind: 'problem',
    problem: { ...source, reason },
  });
  if (cells.length !== layout.width)
    return problem(`row has ${cells.length} cells but the header has ${layout.width}`);
  const get = (k: string) => (layout.col[k] >= 0 ? cells[layout.col[k]] : '');
  const learner = get('learner');
  const id = get('interaction');
  const time = Date.parse(get('time'));
  if (!learner) return problem('empty learner key');
  if (!id) return problem('empty interaction id');
  if (Number.isNaN(time)) return problem(`time "${get('time')}" is not an ISO 8601 date`);
  const base = { learner, attempt: get('attempt'), time, group: get('group') || undefined, source };
  const dedupKey = `c:${learner}\u0002${base.attempt}\u0002${id}\u0002${time}`;
  const response = get('response');
  if (id.startsWith('objective.')) {
    const score = Number(response);
    if (!Number.isFinite(score) || score < 0 || score > 100)
      return problem(`objective score "${response}" is not a number from 0 to 100`);
    const competency = id.slice('objective.'.length);
    return {
      kind: 'event',
      event: { type: 'objective', ...base, competency, scaled: score / 100 },
      dedupKey,
    };
  }
  if (id.startsWith('module.')) {
    if (!MODULE_STATUS.includes(response))
      return problem(`module status "${response}" is not one of ${MODULE_STATUS.join(', ')}`);
    const score = Number.parseFloat(get('result'));
    return {
      kind: 'event',
      event: {
        type: 'module',
        ...base,
        module: id.slice('module.'.length),
        status: response as 'completed',
        score: Number.isFinite(score) ? score : undefined,
      },
      dedupKey,
    };
  }
  if (id.startsWith('location.')) {
    if (!response) return problem('location row without a section id in "response"');
    const module = id.slice('location.'.length);
    const event = { type: 'module', ...base, module, status: 'launched', location: response };
    return { kind: 'event', event: event as ReportEvent, dedupKey };
  }
  return { kind: 'event', event: { type: 'answer', ...base, id, response }, dedupKey };
}
