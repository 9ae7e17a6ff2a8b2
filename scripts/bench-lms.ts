/**
 * The LMS part of `npm run bench`: plays one module to the end in the LMS preview with a host
 * whose synchronous commit takes 1 s, and measures commits per completed module and the longest
 * main-thread block after each kind of click (long tasks in the SCO frame). Prints JSON.
 * Run after `npm run package`.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PACKAGES_BASE, UNZIPPED_BASE } from '#src/harness/paths.ts';
import { completeModule, scoFrame } from '../tests/e2e/lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from '../tests/e2e/lib/packages.ts';
import { chromiumArgs, systemChromium } from './lib/chromium.ts';
import { staticServer } from './lib/static-server.ts';

const root = process.cwd();
const MODULE = process.env.BENCH_MODULE ?? 'dissatisfaction';
const COMMIT_MS = 1000;

const server = staticServer([
  ['/', join(root, 'dist', 'site')],
  [PACKAGES_BASE, join(root, 'dist', 'packages')],
  [UNZIPPED_BASE, join(root, 'dist', 'e2e')],
]);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
const results: Record<string, number> = {};
try {
  for (const format of ['scorm12', 'scorm2004'] as const) {
    const page = await browser.newPage();
    // In every frame: note each click or key press (what it was) and every long task.
    await page.addInitScript(() => {
      const w = window as any;
      w.benchClicks = [];
      w.benchTasks = [];
      const note = (event: Event) => {
        const el = event.target as HTMLElement;
        const kind = el.closest?.('[data-step]')
          ? 'decision'
          : el.closest?.('[data-continue]')
            ? 'section'
            : el.closest?.('form')
              ? 'check'
              : 'other';
        w.benchClicks.push({ at: performance.now(), kind });
      };
      addEventListener('keydown', note, true);
      addEventListener('click', note, true);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.benchTasks.push({ at: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const url = unzipToDeepPath(findPackage(MODULE, format));
    const query = { quirk: 'slow-commit', slow: String(COMMIT_MS) };
    await page.goto(`${base}${harnessUrl(url, MODULE, format, 'none', query)}`);
    const frame = scoFrame(page);
    await frame.locator(`course-module[data-lms="${format}"]`).waitFor();
    await completeModule(page, frame);
    await page.waitForTimeout(COMMIT_MS + 500);
    const sco = (await (await page.locator('#sco').elementHandle())!.contentFrame())!;
    const { clicks, tasks } = await sco.evaluate(() => ({
      clicks: (window as any).benchClicks as Array<{ at: number; kind: string }>,
      tasks: (window as any).benchTasks as Array<{ at: number; ms: number }>,
    }));
    const longest: Record<string, number> = { decision: 0, section: 0, check: 0 };
    clicks.forEach((c, i) => {
      const end = clicks[i + 1]?.at ?? Number.POSITIVE_INFINITY;
      for (const t of tasks)
        if (t.at >= c.at && t.at < end && c.kind in longest)
          longest[c.kind] = Math.max(longest[c.kind], t.ms);
    });
    const calls = (await page.evaluate(() => (window as any).lms.calls())) as Array<{
      method: string;
    }>;
    const commit = format === 'scorm12' ? 'LMSCommit' : 'Commit';
    results[`${format} commits per completed module`] = calls.filter(
      (c) => c.method === commit,
    ).length;
    results[`${format} clicks per completed module`] = clicks.filter(
      (c) => c.kind !== 'other',
    ).length;
    for (const [kind, ms] of Object.entries(longest))
      results[`${format} longest block after a ${kind} click (1 s commit)`] = Math.round(ms);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(results));
