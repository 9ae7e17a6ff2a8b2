/** Small export fixtures for the report tests, written to a temporary folder. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOODLE_LEAD_COLUMNS } from '../e2e/lib/moodle-export.ts';

export const IRI = 'https://courses.invalid/relational_burnout';
// options early_sign*, post_holiday_blues, wrong_job, longer_break
export const QUESTION = 'check.back_from_leave';

export function answered(
  learner: string,
  id: string,
  response: string,
  minute: number,
  sid?: string,
) {
  return {
    id:
      sid ??
      `00000000-0000-4000-8000-${String(minute).padStart(6, '0')}${learner.padStart(6, '0')}`,
    actor: { account: { homePage: 'https://lms.invalid', name: learner } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object: { id: `${IRI}/foundations/${id}`, objectType: 'Activity' },
    context: { registration: `reg-${learner}` },
    result: { response },
    timestamp: new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString(),
  };
}

export function moduleStatement(learner: string, verb: string, minute: number, extra = {}) {
  return {
    id: `11111111-0000-4000-8000-${String(minute).padStart(6, '0')}${learner.padStart(6, '0')}`,
    actor: { account: { homePage: 'https://lms.invalid', name: learner } },
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { id: `${IRI}/foundations`, objectType: 'Activity' },
    timestamp: new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString(),
    ...extra,
  };
}

export function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A Moodle interactions report download: header and rows, tab-separated. */
export function moodleTsv(
  rows: Array<{ name: string; attempt: number; answers: Array<[string, string]> }>,
) {
  const width = Math.max(...rows.map((r) => r.answers.length));
  const qs = Array.from({ length: width }, (_, i) =>
    [`Question ${i + 1}`, `Response ${i + 1}`, `Right answer ${i + 1}`, `Result ${i + 1}`].join(
      '\t',
    ),
  );
  const header = [...MOODLE_LEAD_COLUMNS, 'Foundations', ...qs];
  const lines = rows.map((r) =>
    [
      r.name,
      `${r.name.toLowerCase().replace(/[^a-z]/g, '')}@example.org`,
      String(r.attempt),
      'Monday, 2 November 2026, 9:00 AM',
      'Monday, 2 November 2026, 9:25 AM',
      '80',
      'Passed',
      ...r.answers.flatMap(([id, response]) => [id, response, 'a', 'correct']),
    ].join('\t'),
  );
  return `${[header.join('\t'), ...lines].join('\n')}\n`;
}
