/**
 * Per-click cost of a generated 1,000-step role-play (scripts/bench-runtime.ts builds the page).
 * Wall time from the click to the next frame depends on how busy the shared machine is, so each
 * click is also read from a Chromium trace: the main thread's tasks from the click to that frame
 * (script, style, layout, paint) as wall time and as CPU time, the goal being on CPU time (16 ms,
 * one frame), and all its work in the half second after (focus, the gentle scroll). Each figure
 * is the median of five clicks around the step, with the load average.
 */
import { loadavg } from 'node:os';
import type { chromium } from '@playwright/test';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;
export interface Row {
  what: string;
  value: number;
  budget?: number;
  unit: string;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the task cost, without the time other processes held the core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing';
const QUIET_MS = 500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Plays to just before `first`, then clicks `count` times, marking each click in the trace. */
async function clickRun(page: Page, first: number, count: number, tag: string): Promise<number[]> {
  return page.evaluate(
    async ([first, count, tag, quiet]) => {
      const root = document.querySelector('role-play')!;
      // From the choices box: '[data-actions] button' from the root would test every line's
      // buttons.
      const actions = root.querySelector('[data-actions]')!;
      const button = () => actions.querySelector<HTMLButtonElement>('button')!;
      const taken = () => root.querySelectorAll('[data-transcript] .rp-chosen').length;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      while (taken() < first - 1) button().click();
      await wait(quiet);
      const walls: number[] = [];
      for (let i = 0; i < count; i++) {
        performance.mark(`${tag}-${i}-start`);
        const t0 = performance.now();
        button().click();
        await frame();
        walls.push(performance.now() - t0);
        performance.mark(`${tag}-${i}-frame`);
        await wait(quiet);
        performance.mark(`${tag}-${i}-end`);
      }
      return walls;
    },
    [first, count, tag, QUIET_MS] as const,
  );
}

/** Main-thread task time (ms) inside [from, to] of the trace, tasks cut at the edges. */
function busy(tasks: TraceEvent[], from: number, to: number) {
  let us = 0;
  for (const t of tasks) us += Math.max(0, Math.min(t.ts + t.dur!, to) - Math.max(t.ts, from));
  return us / 1000;
}

/** CPU time (ms) of the main-thread tasks that started inside [from, to]. */
function cpu(tasks: TraceEvent[], from: number, to: number) {
  let us = 0;
  for (const t of tasks) if (t.ts >= from && t.ts < to) us += t.tdur ?? t.dur!;
  return us / 1000;
}

/** Tasks not nested in another (a nested run loop would count twice). */
function topLevel(tasks: TraceEvent[]) {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const kept: TraceEvent[] = [];
  for (const t of sorted) {
    const last = kept[kept.length - 1];
    if (!last || t.ts >= last.ts + last.dur!) kept.push(t);
  }
  return kept;
}

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

export async function clickRows(browser: Browser, url: string): Promise<Row[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  const rp = page.locator('role-play').first();
  for (let i = 0; i < 20 && !(await rp.isVisible()); i++)
    await page.locator('[data-section]:not([hidden]) [data-continue]').last().click();
  const load = loadavg()[0];
  const steps = [
    ['1', 1],
    ['100', 98],
    ['1,000', 995], // five clicks that end just before the ending
  ] as const;
  const walls: Record<string, number[]> = {};
  const events = await traced(page, async () => {
    for (const [name, first] of steps) walls[name] = await clickRun(page, first, 5, `s${first}`);
  });
  let endingWall = 0;
  await traced(page, async () => {
    [endingWall] = await clickRun(page, 1000, 1, 'end');
  });
  await page.close();

  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = topLevel(
    events.filter(
      (e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && e.name === 'RunTask',
    ),
  );
  const mark = new Map(
    events.filter((e) => e.ph === 'R' || e.ph === 'I').map((e) => [e.name, e.ts]),
  );
  const rows: Row[] = [
    {
      what: 'load average (1 min) during the click bench',
      value: Number(load.toFixed(2)),
      unit: '',
    },
  ];
  for (const [name, first] of steps) {
    const at = (i: number, what: string) => mark.get(`s${first}-${i}-${what}`) ?? 0;
    const toFrame = [0, 1, 2, 3, 4].map((i) => busy(tasks, at(i, 'start'), at(i, 'frame')));
    const all = [0, 1, 2, 3, 4].map((i) => busy(tasks, at(i, 'start'), at(i, 'end')));
    // The click's task began just before its start mark: count from the end of the previous one.
    const cpuToFrame = [0, 1, 2, 3, 4].map((i) =>
      cpu(tasks, at(i, 'start') - 2000, at(i, 'frame')),
    );
    const label = `role-play click at step ${name} of 1,000`;
    rows.push(
      // The goal is on CPU time: on a shared machine, a task's wall time is mostly waiting for a
      // core.
      {
        what: `${label}: main-thread CPU to next frame`,
        value: round(median(cpuToFrame)),
        budget: 16,
        unit: 'ms',
      },
      { what: `${label}: main thread to next frame`, value: round(median(toFrame)), unit: 'ms' },
      { what: `${label}: wall time to next frame`, value: round(median(walls[name])), unit: 'ms' },
      {
        what: `${label}: all main-thread work in ${QUIET_MS} ms`,
        value: round(median(all)),
        unit: 'ms',
      },
    );
  }
  rows.push({
    what: 'role-play ending with a 1,000-choice debrief (wall)',
    value: round(endingWall),
    unit: 'ms',
  });
  return rows;
}

const round = (ms: number) => Number(ms.toFixed(1));
