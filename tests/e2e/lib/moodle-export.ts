/**
 * What Moodle's SCORM "Interactions report" download (text format) would hold for the LMS
 * records our harness kept: tab-separated, cells HTML-escaped as Moodle's export escapes them,
 * columns Name, Email address, Attempt, Started on, Last accessed on, Score, one column per SCO,
 * then Question N, Response N, Right answer N, Result N per interaction. SCORM 1.2 responses stay
 * what the course sent: letters.
 */

export interface LmsAttempt {
  name: string;
  email: string;
  edition: 'scorm12' | 'scorm2004';
  /** The SCO's cmi.* values at the end of the attempt. */
  values: Record<string, string>;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' })[c]!,
  );

const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
/** Moodle's userdate() in the report: "Wednesday, 2 December 2026, 9:41 AM". */
export function moodleDate(d: Date): string {
  const h = d.getUTCHours();
  const time =
    `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ` + `${h < 12 ? 'AM' : 'PM'}`;
  return (
    `${DAYS[d.getUTCDay()]}, ` +
    `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${time}`
  );
}

function interactions(values: Record<string, string>, edition: LmsAttempt['edition']) {
  const response = edition === 'scorm12' ? 'student_response' : 'learner_response';
  const out: string[][] = [];
  for (let n = 0; values[`cmi.interactions.${n}.id`] !== undefined; n++) {
    const v = (k: string) => values[`cmi.interactions.${n}.${k}`] ?? '';
    out.push([v('id'), v(response), v('correct_responses.0.pattern'), v('result')]);
  }
  return out;
}

function scoStatus(values: Record<string, string>, edition: LmsAttempt['edition']) {
  const status =
    edition === 'scorm12'
      ? values['cmi.core.lesson_status']
      : values['cmi.success_status'] !== 'unknown'
        ? values['cmi.success_status']
        : values['cmi.completion_status'];
  return (status ?? '').replace(/^./, (c) => c.toUpperCase());
}

/** The columns Moodle's download starts with, before one column per SCO. */
export const MOODLE_LEAD_COLUMNS = [
  'Name',
  'Email address',
  'Attempt',
  'Started on',
  'Last accessed on',
  'Score',
];

export function moodleInteractionsReport(sco: string, attempts: LmsAttempt[], at: Date): string {
  const rows = attempts.map((a) => ({ a, qs: interactions(a.values, a.edition) }));
  const width = Math.max(...rows.map((r) => r.qs.length));
  const header = [...MOODLE_LEAD_COLUMNS, sco];
  for (let n = 1; n <= width; n++)
    header.push(`Question ${n}`, `Response ${n}`, `Right answer ${n}`, `Result ${n}`);
  const lines = rows.map(({ a, qs }) => {
    const score = a.values[a.edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw'] ?? '';
    const started = moodleDate(new Date(at.getTime() - 20 * 60_000));
    const cells = [
      a.name,
      a.email,
      '1',
      started,
      moodleDate(at),
      score,
      scoStatus(a.values, a.edition),
    ];
    for (const q of qs) cells.push(...q);
    return cells.map(escapeHtml).join('\t');
  });
  return `${[header.map(escapeHtml).join('\t'), ...lines].join('\n')}\n`;
}
