/**
 * Check time and peak memory on the generated role-plays that once crashed the checker (issue 11):
 * a 5,000-node chain, a 13 × 4 lattice with stuck ends, a 1,000-node lattice of 3 choices. Each
 * runs `checkContent` on a copy of the fixture course in its own process, so its peak memory is
 * its own. Goal: under 5 s and 300 MB each. `npm run bench` includes these rows; run this file
 * alone for just them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { checkContent } from '#src/course/check-content.ts';
import { chain, lattice } from '../tests/unit/validation-scenarios.ts';

export interface BenchRow {
  what: string;
  value: number;
  budget?: number;
  unit: string;
}

/**
 * Each case and the verdict it must get (the 1,000-node lattice is valid since choices have no
 * keys).
 */
const CASES = {
  'chain 5000': { make: () => chain(5000), verdict: 'refused' },
  'lattice 13x4 stuck': { make: () => lattice(13, 4, 4, true), verdict: 'refused' },
  'lattice 1000x3': { make: () => lattice(200, 10, 3, false, 1000), verdict: 'valid' },
} as const;
type Case = keyof typeof CASES;

/** A copy of the fixture course whose role-play is the generated one, written as YAML. */
function writeCourse(name: Case): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-check-'));
  cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
  const file = join(root, 'content/modules/01-sample/scenarios/counter.yaml');
  writeFileSync(file, stringify({ ...CASES[name].make(), id: 'counter' }));
  return root;
}

/** In the child: check the course; print wall and CPU time, peak memory and the verdict. */
function runOne(root: string) {
  process.env.COURSE_CONTENT = 'content';
  const started = performance.now();
  const { errors } = checkContent(root);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  const peakMB = process.resourceUsage().maxRSS / 1024;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds,
      peakMB,
      errors: errors.length,
      first: errors[0]?.message,
    }),
  );
}

/**
 * The Node flags `npm run check` runs with (package.json): a 16 MB young generation. Parsing a
 * 1.2 MB YAML file makes ~120 MB of short-lived garbage that V8 otherwise lets pile up before
 * the peak; the smaller nursery collects it sooner, for no measurable CPU.
 */
const CHECK_FLAGS = ['--max-semi-space-size=16'];

export function validationRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const name of Object.keys(CASES) as Case[]) {
    const root = writeCourse(name);
    const run = spawnSync(
      process.execPath,
      [...CHECK_FLAGS, fileURLToPath(import.meta.url), root],
      {
        encoding: 'utf8',
      },
    );
    rmSync(root, { recursive: true, force: true });
    const result = JSON.parse(run.stdout.trim().split('\n').pop() || '{}');
    const verdict = result.errors
      ? `${result.errors} error(s): ${result.first?.slice(0, 70)}…`
      : 'valid';
    const expected = CASES[name].verdict;
    const ok = (result.errors ? 'refused' : 'valid') === expected;
    console.log(
      `check ${name}: ${verdict} (${ok ? 'expected' : 'UNEXPECTED, should be'}: ${expected})`,
    );
    const round = (n: number) => Number(n?.toFixed(2));
    rows.push({ what: `check time ${name}`, value: round(result.seconds), budget: 5, unit: 's' });
    rows.push({ what: `check CPU time ${name}`, value: round(result.cpuSeconds), unit: 's' });
    rows.push({
      what: `check peak memory ${name}`,
      value: Math.round(result.peakMB),
      budget: 300,
      unit: 'MB',
    });
  }
  return rows;
}

const self = process.argv[1] === fileURLToPath(import.meta.url);
if (self && process.argv[2]) runOne(process.argv[2]);
else if (self)
  for (const r of validationRows())
    console.log(`${r.what.padEnd(40)} ${r.value} ${r.unit} (goal ${r.budget})`);
