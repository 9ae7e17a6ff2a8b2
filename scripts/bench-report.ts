/**
 * Benchmarks `npm run report` on generated cmi5 exports of 100,000 and 1,000,000 statements (one
 * statement per line): time and peak memory (RSS) of reading and aggregating, against the goal of
 * one million in under 60 s and 500 MB. `node scripts/bench-report.ts [count…]`.
 */

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/course/check-content.ts';
import { indexContent } from '../src/report/content-index.ts';
import { generateStatements } from '../src/report/generate.ts';
import { renderReport } from '../src/report/render.ts';
import { runReport } from '../src/report/run.ts';

const GOAL = { seconds: 60, megabytes: 500 };
const counts = process.argv.slice(2).map(Number).filter(Boolean);
const index = indexContent(checkContent(process.cwd()));
const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));

export async function benchReport(total: number) {
  const file = join(dir, `statements-${total}.ndjson`);
  const out = createWriteStream(file);
  for (const s of generateStatements(index, total))
    if (!out.write(`${s}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const result = await runReport([file], index);
  const html = renderReport(result, 'bench');
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  rmSync(file);
  return {
    statements: total,
    used: result.main.counts.events,
    seconds,
    peakMB: peak / 2 ** 20,
    htmlKB: html.length / 1024,
  };
}

for (const n of counts.length ? counts : [100_000, 1_000_000]) {
  const r = await benchReport(n);
  const ok = r.seconds <= GOAL.seconds && r.peakMB <= GOAL.megabytes;
  console.log(
    `report ${n.toLocaleString('en')} statements: ${r.seconds.toFixed(1)} s, peak ${Math.round(r.peakMB)} MB RSS, ` +
      `page ${Math.round(r.htmlKB)} KB ${ok ? 'ok' : `OVER the goal (${GOAL.seconds} s, ${GOAL.megabytes} MB)`}`,
  );
}
rmSync(dir, { recursive: true, force: true });
