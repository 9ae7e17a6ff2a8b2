/** Small text helpers shared by the tab- and comma-separated readers. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Moodle HTML-escapes cell text: `&amp;`, `&#39;`, `&#x27;`… back to characters. */
export const unescapeHtml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n =
      code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });

/** One RFC 4180 line (no embedded newlines): quoted fields, doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((x) => x.trim());
}

const MONTHS =
  'january february march april may june july august september october november december'
    .split(' ')
    .map((m) => m.slice(0, 3));

/** Moodle's "Wednesday, 2 December 2026, 9:41 AM" (or an ISO date) in epoch ms, NaN if neither. */
export function parseMoodleDate(text: string): number {
  const m = /(\d{1,2}) ([A-Za-z]+) (\d{4}),? (\d{1,2}):(\d{2})\s*(AM|PM)?/i.exec(text);
  if (!m) return Date.parse(text);
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
  if (month < 0) return Date.parse(text);
  let hour = Number(m[4]) % (m[6] ? 12 : 24);
  if (m[6]?.toUpperCase() === 'PM') hour += 12;
  return Date.UTC(Number(m[3]), month, Number(m[1]), hour, Number(m[5]));
}
