/**
 * Benchmarks `npm run report` on generated cmi5 exports of 100,000 and 1,000,000 statements (one
 * statement per line): time and peak memory (RSS) of reading, aggregating and rendering, against
 * the goal of one million in under 60 s and 500 MB, and a page under 200 KB.
 * `node scripts/bench-report.ts [count…]`; `--rows` prints them as rows for scripts/bench.ts.
 * Generating and measuring each run in its own process, as `npm run report` would be: the
 * generator's garbage and an earlier run's heap must not count against the report.
 */

import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { generateStatements } from '#src/report/generate.ts';
import { renderReport } from '#src/report/render.ts';
import { runReport } from '#src/report/run.ts';

const GOAL = { seconds: 60, megabytes: 500, pageKB: 200 };
const self = fileURLToPath(import.meta.url);
const [mode, a, b] = process.argv.slice(2);
const index = () => indexContent(checkContent(process.cwd()));

async function generate(total: number, file: string) {
  const out = createWriteStream(file);
  for (const s of generateStatements(index(), total))
    if (!out.write(`${s}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function measure(file: string) {
  const content = index();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const result = await runReport([file], content);
  const html = renderReport(result, 'bench');
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    used: result.main.counts.events,
    seconds,
    peakMB: peak / 2 ** 20,
    htmlKB: Buffer.byteLength(html) / 1024,
  };
}

const child = (...args: string[]) =>
  spawnSync(process.execPath, [self, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

if (mode === '--generate') await generate(Number(a), b);
else if (mode === '--measure') console.log(JSON.stringify(await measure(a)));
else {
  // --rows: print the measurements as bench rows (JSON) for scripts/bench.ts, not as text.
  const asRows = mode === '--rows';
  const counts = process.argv.slice(2).map(Number).filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const rows: Array<{ what: string; value: number; unit: string; budget?: number }> = [];
  for (const n of counts.length ? counts : [100_000, 1_000_000]) {
    const file = join(dir, `statements-${n}.ndjson`);
    child('--generate', String(n), file);
    const r = JSON.parse(child('--measure', file).stdout) as Awaited<ReturnType<typeof measure>>;
    rmSync(file);
    const what = `report, ${n.toLocaleString('en')} statements`;
    rows.push(
      {
        what: `${what}: time`,
        value: Math.round(r.seconds * 10) / 10,
        unit: 's',
        budget: GOAL.seconds,
      },
      {
        what: `${what}: peak RSS`,
        value: Math.round(r.peakMB),
        unit: 'MB',
        budget: GOAL.megabytes,
      },
      { what: `${what}: page`, value: Math.round(r.htmlKB), unit: 'KB', budget: GOAL.pageKB },
    );
    const ok = r.seconds <= GOAL.seconds && r.peakMB <= GOAL.megabytes && r.htmlKB < GOAL.pageKB;
    if (!asRows)
      console.log(
        `report ${n.toLocaleString('en')} statements: ` +
          `${r.seconds.toFixed(1)} s, peak ${Math.round(r.peakMB)} MB RSS, ` +
          `page ${Math.round(r.htmlKB)} KB ` +
          `${ok ? 'ok' : `OVER the goal (${GOAL.seconds} s, ${GOAL.megabytes} MB, ${GOAL.pageKB} KB)`}`,
      );
  }
  rmSync(dir, { recursive: true, force: true });
  if (asRows) console.log(JSON.stringify(rows));
}
