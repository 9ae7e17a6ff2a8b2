/** Command-line options of `npm run report`, parsed without a dependency. */
import type { Period } from './run.ts';

export interface ReportOptions {
  paths: string[];
  from?: number;
  to?: number;
  group?: string;
  compare?: [Period, Period];
  out: string;
}

export const USAGE = `Usage: npm run report -- <export files or folders…> [options]
  --from YYYY-MM-DD      only records on or after this day
  --to YYYY-MM-DD        only records on or before this day
  --group NAME           only this group (Moodle "Group" column, or the CSV "group" column)
  --compare A..B C..D    compare two periods, e.g. 2026-01-01..2026-03-31 2026-04-01..2026-06-30
  --out DIR              where to write index.html and figures.csv (default dist/report)`;

function day(text: string | undefined, end: boolean, flag: string): number {
  const ms = Date.parse(text ?? '');
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(ms))
    throw new Error(`${flag} needs a date like 2026-03-31, got "${text ?? ''}"`);
  return end ? ms + 86_400_000 - 1 : ms;
}

function period(text: string | undefined): Period {
  const [a, b] = (text ?? '').split('..');
  return { from: day(a, false, '--compare'), to: day(b, true, '--compare'), label: text! };
}

export function parseOptions(argv: string[]): ReportOptions {
  const o: ReportOptions = { paths: [], out: 'dist/report' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') o.from = day(argv[++i], false, a);
    else if (a === '--to') o.to = day(argv[++i], true, a);
    else if (a === '--group') o.group = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--compare') o.compare = [period(argv[++i]), period(argv[++i])];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (!o.paths.length) throw new Error('name at least one export file or folder');
  return o;
}
