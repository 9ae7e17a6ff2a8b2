/**
 * The report from real runs: one module played in the browser harness by three learners (SCORM
 * 1.2, SCORM 2004 and cmi5), each with known choices and known right or wrong answers. What the
 * LMS kept becomes Moodle's interactions download; what the LRS received is saved as an LRS
 * export; the report must count exactly what was played.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { indexContent } from '#src/report/content-index.ts';
import { runReport } from '#src/report/run.ts';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { answerCheck, playRolePlay, press, scoFrame } from './lib/learner.ts';
import { moodleInteractionsReport } from './lib/moodle-export.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const MODULE = 'dissatisfaction';
const index = indexContent(checkContent(process.cwd()));
const moduleRef = index.modules.find((m) => m.id === MODULE)!;
const dir = join(process.cwd(), 'test-results', 'report-real-runs');

/** What one learner did: choices per scenario, the ending reached, each question right or not. */
interface Played {
  choices: Array<[scenario: string, choice: string]>;
  endings: Array<[scenario: string, endingTitle: string]>;
  answers: Array<[question: string, right: boolean]>;
}

/** The k-th decision takes offered[(k + shift) % n]: different learners, different known paths. */
async function playModule(page: Page, frame: ReturnType<typeof scoFrame> | Page, shift: number) {
  const played: Played = { choices: [], endings: [], answers: [] };
  let k = 0;
  for (let n = 0; n < 40; n++) {
    const section = frame.locator('[data-section]:not([hidden])').last();
    for (const rp of await section.locator('role-play').all()) {
      const scenario = (await rp.getAttribute('data-scenario'))!;
      await playRolePlay(page, rp, (offered) => {
        if (offered.length === 1 && offered[0] === CONTINUE) return CONTINUE;
        const choice = offered[(k++ + shift) % offered.length];
        played.choices.push([scenario, choice]);
        return choice;
      });
      played.endings.push([scenario, (await rp.locator('.rp-outcome').textContent())!]);
    }
    for (const check of await section.locator('knowledge-check').all()) {
      const checkId = (await check.getAttribute('data-check'))!;
      const right = (i: number) => (i + shift) % 2 === 0;
      const forms = check.locator('form[data-question]');
      const ids = await forms.evaluateAll((f) =>
        f.map((x) => (x as HTMLElement).dataset.question!),
      );
      await answerCheck(page, check, right);
      ids.forEach((q, i) => {
        played.answers.push([`${checkId}.${q}`, right(i)]);
      });
    }
    const next = section.locator('[data-continue]');
    if (!(await next.isVisible())) break;
    await press(page, next);
  }
  return played;
}

async function scormRun(browser: Browser, format: 'scorm12' | 'scorm2004', shift: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(harnessUrl(unzipToDeepPath(findPackage(MODULE, format)), MODULE, format));
  const frame = scoFrame(page);
  await expect(frame.locator('course-module')).toHaveAttribute('data-lms', format);
  const played = await playModule(page, frame, shift);
  await expect(frame.locator('[data-complete]')).toBeVisible();
  const values = (await page.evaluate(() => (window as any).lms.values())) as Record<
    string,
    string
  >;
  await context.close();
  return { played, values };
}

test('the report counts exactly what learners played in SCORM 1.2, SCORM 2004 and cmi5', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(480_000); // three whole module runs on a shared 2-core machine
  mkdirSync(dir, { recursive: true });
  const s12 = await scormRun(browser, 'scorm12', 0);
  const s2004 = await scormRun(browser, 'scorm2004', 1);

  // cmi5: the LMS launches the AU; the LRS keeps every statement.
  const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
  const structure = await (await request.get(`${folder}cmi5.xml`)).text();
  const activityId = structure.match(new RegExp(`<au id="([^"]+/${MODULE})"`))![1];
  const launched = await (
    await request.post('/lrs/_launch', { data: { auUrl: `${folder}${MODULE}.html`, activityId } })
  ).json();
  await page.goto(launched.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  const cmi5 = await playModule(page, page, 2);
  await page.goto('about:blank');
  const record = async () =>
    (await (await request.get(`/lrs/_record?registration=${launched.registration}`)).json()) as {
      statements: Array<{ verb: { id: string } }>;
    };
  await expect
    .poll(async () => (await record()).statements.at(-1)?.verb.id.split('/').pop())
    .toBe('terminated');

  const files = {
    'moodle-scorm12.txt': moodleInteractionsReport(
      moduleRef.title,
      [{ name: 'Learner One', email: 'one@example.org', edition: 'scorm12', values: s12.values }],
      new Date(),
    ),
    'moodle-scorm2004.txt': moodleInteractionsReport(
      moduleRef.title,
      [
        {
          name: 'Learner Two',
          email: 'two@example.org',
          edition: 'scorm2004',
          values: s2004.values,
        },
      ],
      new Date(),
    ),
    'lrs-statements.json': JSON.stringify((await record()).statements),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = await runReport(
    Object.keys(files).map((f) => join(dir, f)),
    index,
  );

  expect(r.files.map((f) => f.format)).toEqual(['moodle', 'moodle', 'xapi']);
  expect(r.main.problems).toEqual([]);
  expect(r.main.unknownIds).toEqual([]);
  const runs = [s12.played, s2004.played, cmi5];
  const m = r.main.modules.find((x) => x.id === MODULE)!;
  expect([m.learners, m.completed]).toEqual([3, 3]);
  // Every choice played, counted at its decision; nothing else counted.
  const expected = new Map<string, number>();
  for (const run of runs)
    for (const [s, c] of run.choices)
      expected.set(`${s}:${c}`, (expected.get(`${s}:${c}`) ?? 0) + 1);
  const counted = new Map<string, number>();
  for (const s of r.main.scenarios.filter((x) => x.module === MODULE)) {
    expect(s.learners).toBe(3);
    expect(s.unresolved).toBe(0);
    for (const d of s.decisions)
      for (const c of d.choices) if (c.first) counted.set(`${s.id}:${c.id}`, c.first);
    // Endings: the titles the learners saw.
    for (const e of s.endings) {
      const saw = runs.filter((run) =>
        run.endings.some(([id, title]) => id === s.id && title.includes(e.title)),
      ).length;
      expect(e.first, `${s.id} ending ${e.id}`).toBe(saw);
    }
  }
  expect(counted).toEqual(expected);
  expect(expected.size).toBeGreaterThan(6);
  // Knowledge check: each question's learners and right answers.
  const questions = r.main.questions.filter((q) => q.module === MODULE);
  expect(questions.length).toBeGreaterThan(0);
  for (const q of questions) {
    const answers = runs.flatMap((run) => run.answers.filter(([id]) => id === q.key));
    expect([q.key, q.learners, q.correct]).toEqual([
      q.key,
      answers.length,
      answers.filter(([, right]) => right).length,
    ]);
  }
});
