/**
 * cmi5 launches as real launchers make them (issue 10, defects 12, 14, 16, 17, 18): a returnURL, a
 * slow LRS and a page closed mid-request, the LMS's own pass mark, Browse then Normal, and an LRS
 * on another origin over http — each against the in-memory LRS, checked by the cmi5 rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { answerCheck, completeModule, playRolePlay, press } from './lib/learner.ts';
import { findPackage, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';
const verb = (s: { verb: { id: string } }) => s.verb.id.split('/').pop();

async function importPackage(request: APIRequestContext) {
  const folder = unzipToDeepPath(findPackage(MODULE, 'cmi5'));
  const structure = await (await request.get(`${folder}cmi5.xml`)).text();
  const au = structure.match(new RegExp(`<au id="([^"]+/${MODULE})"`))!;
  return { auUrl: `${folder}${MODULE}.html`, activityId: au[1] };
}
const launch = async (request: APIRequestContext, data: object) =>
  (await request.post('/lrs/_launch', { data })).json();
const record = async (request: APIRequestContext, registration: string) =>
  (await request.get(`/lrs/_record?registration=${registration}`)).json();
const verbsOf = async (request: APIRequestContext, registration: string) =>
  ((await record(request, registration)).statements as any[]).map(verb);
const terminatedCount = async (request: APIRequestContext, registration: string) =>
  (await verbsOf(request, registration)).filter((v) => v === 'terminated').length;

/** Every section in order; the first question of each check answered wrong. */
async function oneWrongAnswer(page: Page) {
  for (let n = 0; n < 40; n++) {
    const section = page.locator('[data-section]:not([hidden])').last();
    for (const rp of await section.locator('role-play').all()) await playRolePlay(page, rp);
    for (const check of await section.locator('knowledge-check').all())
      await answerCheck(page, check, (i) => i !== 0);
    const next = section.locator('[data-continue]');
    if (!(await next.isVisible())) return;
    await press(page, next);
  }
}

test('cmi5: the exit button terminates the session and follows the returnURL (§10.2.6)', async ({
  page,
  request,
  baseURL,
}) => {
  const au = await importPackage(request);
  const returnURL = `${baseURL}/lms-preview.html?returned=1`;
  const launched = await launch(request, { ...au, returnURL });
  await page.goto(launched.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  const exit = page.getByRole('button', { name: 'Exit and return to my learning platform' });
  await expect(exit).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
  await completeModule(page, page, { stopAfterSections: 2 });
  await press(page, exit);
  await page.waitForURL(returnURL);
  await expect.poll(() => verbsOf(request, launched.registration)).toContain('terminated');
  const done = await record(request, launched.registration);
  expect(done.statements.map(verb).at(-1)).toBe('terminated');
  expect(done.violations).toEqual([]);
});

test('cmi5: no exit button when the LMS names no returnURL', async ({ page, request }) => {
  const launched = await launch(request, await importPackage(request));
  await page.goto(launched.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  await expect(page.locator('[data-exit]')).toBeHidden();
});

for (const [masteryScore, verdict] of [
  [0.5, 'passed'],
  [1, 'failed'],
] as const) {
  test(`cmi5: with the LMS's masteryScore ${masteryScore}, the page and the LRS agree: ${verdict}`, async ({
    page,
    request,
  }) => {
    const launched = await launch(request, { ...(await importPackage(request)), masteryScore });
    await page.goto(launched.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await oneWrongAnswer(page);
    const mark =
      verdict === 'passed'
        ? `The pass mark is ${masteryScore * 100}%`
        : `You need ${masteryScore * 100}% to pass`;
    await expect(page.locator('[data-score]')).toContainText(mark);
    await expect(page.locator('[data-retake]')).toBeVisible({ visible: verdict === 'failed' });
    await expect.poll(() => verbsOf(request, launched.registration)).toContain(verdict);
    const verbs = await verbsOf(request, launched.registration);
    expect(verbs).not.toContain(verdict === 'passed' ? 'failed' : 'passed');
    expect((await record(request, launched.registration)).violations).toEqual([]);
  });
}

test('cmi5: a retake after failing never sends failed and passed in one session', async ({
  page,
  request,
}) => {
  const launched = await launch(request, { ...(await importPackage(request)), masteryScore: 1 });
  await page.goto(launched.url);
  await oneWrongAnswer(page);
  await expect.poll(() => verbsOf(request, launched.registration)).toContain('failed');
  await press(page, page.locator('[data-retake]'));
  await answerCheck(page, page.locator('knowledge-check'));
  await expect(page.locator('[data-status]')).toContainText('next time you open this module');
  await page.goto('about:blank');
  await expect.poll(() => terminatedCount(request, launched.registration)).toBe(1);
  expect(await verbsOf(request, launched.registration)).not.toContain('passed');
  const relaunched = await launch(request, {
    ...(await importPackage(request)),
    masteryScore: 1,
    registration: launched.registration,
  });
  await page.goto(relaunched.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  await expect.poll(() => verbsOf(request, launched.registration)).toContain('passed');
  expect((await record(request, launched.registration)).violations).toEqual([]);
});

test(
  'cmi5: a slow LRS (400 ms a request) and a page closed mid-request: one passed, all ' +
    'answers kept',
  async ({ page, request, browser, baseURL }) => {
    const au = await importPackage(request);
    const first = await launch(request, au);
    await request.post('/lrs/_fault', {
      data: { registration: first.registration, latencyMs: 400 },
    });
    await page.goto(first.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await completeModule(page, page);
    const label = await page.locator('[data-progress-label]').textContent();
    await page.goto('about:blank'); // at once: the last commit is still on its way
    await expect.poll(() => terminatedCount(request, first.registration)).toBe(1);
    await request.post('/lrs/_fault', { data: { registration: first.registration, latencyMs: 0 } });
    const second = await launch(request, { ...au, registration: first.registration });
    const other = await browser.newContext(); // another device: no copy of the progress on it
    const elsewhere = await other.newPage();
    await elsewhere.goto(new URL(second.url, baseURL).href);
    await expect(elsewhere.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
    await expect(elsewhere.locator('[data-progress-label]')).toHaveText(label!);
    await elsewhere.goto('about:blank');
    await expect.poll(() => terminatedCount(request, first.registration)).toBe(2);
    const verbs = await verbsOf(request, first.registration);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect((await record(request, first.registration)).violations).toEqual([]);
    await other.close();
  },
);

test('cmi5: work done in a Browse launch is not credit in the Normal launch that follows', async ({
  page,
  request,
}) => {
  const au = await importPackage(request);
  const browse = await launch(request, { ...au, launchMode: 'Browse' });
  // A slow LRS: the page closes before its last commits answer, so the device copy is unconfirmed.
  await request.post('/lrs/_fault', {
    data: { registration: browse.registration, latencyMs: 400 },
  });
  await page.goto(browse.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  await completeModule(page, page);
  await expect(page.locator('[data-complete]')).toBeVisible();
  await page.goto('about:blank');
  await expect.poll(() => terminatedCount(request, browse.registration)).toBe(1);
  await request.post('/lrs/_fault', { data: { registration: browse.registration, latencyMs: 0 } });
  const normal = await launch(request, { ...au, registration: browse.registration });
  await page.goto(normal.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  await expect(page.locator('[data-progress-label]')).toContainText('Section 1 of');
  await page.goto('about:blank');
  await expect.poll(() => terminatedCount(request, browse.registration)).toBe(2);
  const verbs = await verbsOf(request, browse.registration);
  expect(verbs.filter((v) => v === 'completed' || v === 'passed')).toEqual([]);
  expect((await record(request, browse.registration)).violations).toEqual([]);
});

/** The launch names the LRS on another origin, over http (localhost, not the page's 127.0.0.1). */
const otherOrigin = (baseURL: string) => `${baseURL.replace('127.0.0.1', 'localhost')}/lrs/`;

test('cmi5: an http LRS on another origin is reached (the package CSP allows it)', async ({
  page,
  request,
  baseURL,
}) => {
  test.slow(); // plays the whole module
  const launched = await launch(request, {
    ...(await importPackage(request)),
    lrsBase: otherOrigin(baseURL!),
  });
  expect(new URL(launched.url, baseURL).searchParams.get('endpoint')).toContain('//localhost:');
  await page.goto(launched.url);
  await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'cmi5');
  await completeModule(page, page);
  await page.goto('about:blank');
  await expect.poll(() => terminatedCount(request, launched.registration)).toBe(1);
  const done = await record(request, launched.registration);
  expect(done.statements.map(verb)).toEqual(expect.arrayContaining(['answered', 'passed']));
  expect(done.violations).toEqual([]);
});

test(
  'cmi5: when a policy blocks the LRS, the learner is told so plainly, not just ' + '"unreachable"',
  async ({ page, request, baseURL }) => {
    const au = await importPackage(request);
    // An LMS that serves the page under a stricter policy than ours (https LRSs only).
    await page.route(`**${au.auUrl}*`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /connect-src [^;]+/,
        "connect-src 'self' https:",
      );
      await route.fulfill({ response, body: html });
    });
    const launched = await launch(request, { ...au, lrsBase: otherOrigin(baseURL!) });
    await page.goto(launched.url);
    await expect(page.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
    await expect(page.locator('[data-status]')).toContainText('not allowed to connect');
    await expect(page.locator('[data-status]')).toContainText('kept on this device');
  },
);
