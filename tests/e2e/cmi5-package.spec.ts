import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { completeModule } from './lib/learner.ts';
import { findPackage, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';
const verb = (s: { verb: { id: string } }) => s.verb.id.split('/').pop();

/** Imports the cmi5 package as an LMS does: unzip to a deep path, read the AU from cmi5.xml. */
async function importPackage(request: APIRequestContext) {
  const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
  const structure = await (await request.get(`${folder}cmi5.xml`)).text();
  const au = structure.match(
    new RegExp(`<au id="([^"]+/${MODULE})"[^>]*masteryScore="([0-9.]+)"`),
  )!;
  return { auUrl: `${folder}${MODULE}.html`, activityId: au[1], masteryScore: Number(au[2]) };
}

const launch = async (request: APIRequestContext, data: object) =>
  (await request.post('/lrs/_launch', { data })).json();
const record = async (request: APIRequestContext, registration: string) =>
  (await request.get(`/lrs/_record?registration=${registration}`)).json();

test(
  'cmi5: a keyboard-only learner completes and passes a module launched by the LMS; every ' +
    'statement follows cmi5',
  async ({ page, request }) => {
    test.slow(); // a whole module, a relaunch and an axe scan: close to a minute on a busy machine
    const au = await importPackage(request);
    const first = await launch(request, au);
    await page.goto(first.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await completeModule(page, page);
    await expect(page.locator('[data-complete]')).toBeVisible();
    const questions = await page.locator('form[data-question]').count();
    const decisions = await page.locator('.rp-chosen').count();
    const finalLabel = await page.locator('[data-progress-label]').textContent();
    await page.goto('about:blank'); // the learner closes the module: "terminated" must still arrive
    await expect
      .poll(async () => (await record(request, first.registration)).statements.map(verb).at(-1))
      .toBe('terminated');
    const done = await record(request, first.registration);
    const verbs = done.statements.map(verb);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.filter((v: string) => v === 'answered')).toHaveLength(questions + decisions);
    expect(verbs.filter((v: string) => v === 'completed' || v === 'passed').sort()).toEqual([
      'completed',
      'passed',
    ]);
    expect(done.statements.find((s: any) => verb(s) === 'passed').result.score.scaled).toBe(1);
    expect(done.violations).toEqual([]);

    // The LMS relaunches the same registration: the learner is back where they were, told so
    // calmly.
    const second = await launch(request, { ...au, registration: first.registration });
    await page.goto(second.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await expect(page.locator('[data-progress-label]')).toHaveText(finalLabel!);
    await expect(page.locator('[data-status]')).toContainText('Welcome back');
    expect(
      (
        await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
      ).violations,
    ).toEqual([]);
    await page.goto('about:blank');
    await expect
      .poll(async () => (await record(request, first.registration)).statements.map(verb).at(-1))
      .toBe('terminated');
    const both = await record(request, first.registration);
    // once per registration
    expect(both.statements.map(verb).filter((v: string) => v === 'completed')).toHaveLength(1);
    expect(both.violations).toEqual([]);
  },
);

test(
  'cmi5: a reload cannot reuse the launch; the learner is told, keeps working, and the LMS ' +
    'gets it all next launch',
  async ({ page, request }) => {
    const au = await importPackage(request);
    const first = await launch(request, au);
    await page.goto(first.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await completeModule(page, page, { stopAfterSections: 2 });
    await page.reload(); // the fetch URL answers once (cmi5 §8.2.3)
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
    await expect(page.locator('[data-status]')).toContainText('could not be reached');
    await expect(page.locator('[data-progress-label]')).toContainText('Section 2');
    // goes on to section 3, on the device only
    await completeModule(page, page, { stopAfterSections: 2 });
    await expect(page.locator('[data-progress-label]')).toContainText('Section 3');
    const next = await launch(request, { ...au, registration: first.registration });
    await page.goto(next.url);
    await expect(page.locator('[data-progress-label]')).toContainText('Section 3');
    await expect(page.locator('[data-status]')).toContainText('restored progress');
    expect((await record(request, first.registration)).violations).toEqual([]);
  },
);

test(
  'cmi5 in the LMS preview: the AU is launched from cmi5.xml and the statements show live, ' +
    'relaunch keeps the attempt',
  async ({ page }) => {
    const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
    await page.goto(
      `/lms-preview.html?${new URLSearchParams({ pkg: folder, sco: `${MODULE}.html`, format: 'cmi5' })}`,
    );
    const frame = page.frameLocator('#sco');
    await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await expect(page.locator('#lms-data')).toContainText('initialized');
    await expect(page.locator('#lms-data dd').nth(2)).toHaveText('0'); // no cmi5 rule broken
    await completeModule(page, frame, { stopAfterSections: 2 });
    const label = await frame.locator('[data-progress-label]').textContent();
    await page.evaluate(() => (window as any).lms.relaunch());
    await expect(frame.locator('[data-progress-label]')).toHaveText(label!);
    await expect(page.locator('#lms-data')).toContainText('terminated');
    const record = await page.evaluate(() => (window as any).lms.cmi5());
    expect(record.violations).toEqual([]);
  },
);

test(
  'cmi5: when the LRS stops answering mid-module the learner is told calmly, keeps going, ' +
    'and everything arrives once it is back',
  async ({ page }) => {
    const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
    await page.goto(
      `/lms-preview.html?${new URLSearchParams({ pkg: folder, sco: `${MODULE}.html`, format: 'cmi5' })}`,
    );
    const frame = page.frameLocator('#sco');
    await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await page.evaluate(() => (window as any).lms.lrsFault('state-fail'));
    await completeModule(page, frame, { stopAfterSections: 2 });
    await expect(frame.locator('[data-status]')).toContainText('not answering');
    await page.evaluate(() => (window as any).lms.lrsFault('none'));
    // one more section: the next save goes through
    await completeModule(page, frame, { stopAfterSections: 2 });
    await expect(frame.locator('[data-status]')).toContainText('answering again');
    const label = await frame.locator('[data-progress-label]').textContent();
    await page.evaluate(() => (window as any).lms.relaunch());
    await expect(frame.locator('[data-progress-label]')).toHaveText(label!);
    expect((await page.evaluate(() => (window as any).lms.cmi5())).violations).toEqual([]);
  },
);

test(
  'cmi5: when the LRS refuses the very first launch, the work done meanwhile reaches the ' +
    "learner's record next launch",
  async ({ page }) => {
    const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
    const preview = (fault: string) =>
      `/lms-preview.html?${new URLSearchParams({ pkg: folder, sco: `${MODULE}.html`, format: 'cmi5', fault })}`;
    await page.goto(preview('lrs-statements-fail')); // "initialized" is refused: no session
    const frame = page.frameLocator('#sco');
    await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
    await expect(frame.locator('[data-status]')).toContainText('could not be reached');
    await completeModule(page, frame, { stopAfterSections: 3 });
    await expect(frame.locator('[data-progress-label]')).toContainText('Section 3');
    await page.goto(preview('none')); // the same attempt, the LRS answering again
    await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await expect(frame.locator('[data-progress-label]')).toContainText('Section 3');
    await expect(frame.locator('[data-status]')).toContainText('restored progress');
    expect((await page.evaluate(() => (window as any).lms.cmi5())).violations).toEqual([]);
  },
);
