import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { completeModule, scoFrame } from './lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';

for (const format of ['scorm12', 'scorm2004'] as const) {
  test.describe(`${format} package`, () => {
    test(
      'a keyboard-only learner completes and passes the module; the LMS holds it all, ' +
        'strictly valid',
      async ({ page }) => {
        const url = unzipToDeepPath(findPackage(MODULE, format));
        await page.goto(harnessUrl(url, MODULE, format));
        const frame = scoFrame(page);
        await expect(frame.locator('course-module')).toHaveAttribute('data-lms', format);
        await completeModule(page, frame);
        await expect(frame.locator('[data-complete]')).toBeVisible();
        // A one-module package holds no other module: the next step is back on the platform.
        const next = frame.locator('[data-completion="top"] [data-next]');
        await expect(next.locator('[data-next-return]')).toBeVisible();
        await expect(next.locator('[data-next-return]')).toHaveText(
          'You have finished this part. Return to your learning platform to go on.',
        );
        await expect(next.locator('[data-next-course]')).toBeHidden();
        await expect(next.locator('a')).toBeHidden();
        const summary = await page.evaluate(() => (window as any).lms.summary());
        expect(summary.status).toBe(format === 'scorm12' ? 'passed' : 'completed / passed');
        expect(Number(summary.score)).toBe(100);
        const questions = await frame.locator('form[data-question]').count();
        const decisions = await frame.locator('.rp-chosen').count();
        expect(summary.interactions.length).toBe(questions + decisions);
        expect(summary.interactions.every((i: Record<string, string>) => i.type === 'choice')).toBe(
          true,
        );
        expect(summary.objectives.length).toBeGreaterThan(0);
        expect(summary.suspendData.length).toBeLessThanOrEqual(4096);
        expect(await page.evaluate(() => (window as any).lms.violations())).toEqual([]);
      },
    );

    test('relaunching from the LMS resumes at the same section and role-play node', async ({
      page,
    }) => {
      const url = unzipToDeepPath(findPackage(MODULE, format));
      await page.goto(harnessUrl(url, MODULE, format));
      const frame = scoFrame(page);
      await completeModule(page, frame, { stopAfterSections: 3 });
      const rp = frame.locator('role-play').first();
      const before = await frame.locator('[data-progress-label]').textContent();
      const lastLine = rp.locator('[data-transcript] li').last();
      const lineBefore = (await rp.isVisible()) ? await lastLine.textContent() : null;
      // Leave like a learner closing the player: the course must exit with "suspend".
      await page.evaluate(() => (window as any).lms.relaunch());
      await expect(frame.locator('[data-status]')).toBeVisible();
      await expect(frame.locator('[data-progress-label]')).toHaveText(before!);
      if (lineBefore !== null)
        await expect(rp.locator('[data-transcript] li').last()).toHaveText(lineBefore);
      const values = await page.evaluate(() => (window as any).lms.values());
      expect(values[format === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
      // The first session, closed by the page going away: one Initialize, one Finish/Terminate,
      // a commit just before it, and nothing after it.
      const [init, finish, commit] =
        format === 'scorm12'
          ? ['LMSInitialize', 'LMSFinish', 'LMSCommit']
          : ['Initialize', 'Terminate', 'Commit'];
      const first = (
        (await page.evaluate(() => (window as any).lms.calls())) as Array<{
          launch: number;
          method: string;
        }>
      )
        .filter((c) => c.launch === 1)
        .map((c) => c.method)
        .filter((m) => !/GetValue|LastError|ErrorString|Diagnostic/.test(m));
      expect(first.filter((m) => m === init)).toHaveLength(1);
      expect(first.filter((m) => m === finish)).toHaveLength(1);
      expect(first.slice(-2)).toEqual([commit, finish]);
      expect(await page.evaluate(() => (window as any).lms.violations())).toEqual([]);
    });

    test('a reload of the whole LMS page mid-module resumes too', async ({ page }) => {
      const url = unzipToDeepPath(findPackage(MODULE, format));
      await page.goto(harnessUrl(url, MODULE, format));
      const frame = scoFrame(page);
      await completeModule(page, frame, { stopAfterSections: 2 });
      const before = await frame.locator('[data-progress-label]').textContent();
      await page.reload();
      await expect(frame.locator('[data-progress-label]')).toHaveText(before!);
    });
  });
}

test('without an LMS the module works standalone and says so', async ({ page }) => {
  const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
  await page.goto(harnessUrl(url, MODULE, 'scorm12', 'no-api'));
  const frame = scoFrame(page);
  await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
  await expect(frame.locator('[data-status]')).toContainText('saved in this browser only');
  await completeModule(page, frame, { stopAfterSections: 2 });
  await page.reload();
  await expect(frame.locator('[data-progress-label]')).toContainText('Section 2');
  await expect(frame.locator('[data-status]')).toContainText('Welcome back');
  await expect(frame.locator('[data-status]')).toContainText('saved in this browser only');
});

for (const fault of ['commit-false', 'commit-throws'] as const)
  test(`when commits fail (${fault}) the learner keeps going, is told calmly, and nothing is lost`, async ({
    page,
  }) => {
    const url = unzipToDeepPath(findPackage(MODULE, 'scorm2004'));
    await page.goto(harnessUrl(url, MODULE, 'scorm2004', fault));
    const frame = scoFrame(page);
    await completeModule(page, frame, { stopAfterSections: 2 });
    await expect(frame.locator('[data-status]')).toContainText('not answering');
    // Next launch: the LMS works again; the device copy (never confirmed) is restored and sent.
    await page.goto(harnessUrl(url, MODULE, 'scorm2004'));
    await expect(frame.locator('[data-progress-label]')).toContainText('Section 2');
    await expect(frame.locator('[data-status]')).toContainText('restored progress');
  });

test(
  'when the LMS refuses to start the session, the work done meanwhile reaches it on the next ' +
    'launch',
  async ({ page }) => {
    const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
    const frame = scoFrame(page);
    // a first launch: the LMS names the learner
    await page.goto(harnessUrl(url, MODULE, 'scorm12'));
    await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'scorm12');
    await page.goto(harnessUrl(url, MODULE, 'scorm12', 'init-false'));
    await expect(frame.locator('[data-status]')).toContainText('could not be reached');
    await completeModule(page, frame, { stopAfterSections: 3 });
    await page.goto(harnessUrl(url, MODULE, 'scorm12'));
    await expect(frame.locator('[data-progress-label]')).toContainText('Section 3');
    await expect(frame.locator('[data-status]')).toContainText('restored progress');
    expect(await page.evaluate(() => (window as any).lms.summary().location)).not.toBe('');
  },
);

test('axe finds no WCAG 2.2 AA violation on the module page, mid-role-play and at its end', async ({
  page,
}) => {
  const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
  await page.goto(`${url}${MODULE}.html`);
  const scan = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations;
  expect(await scan()).toEqual([]);
  await completeModule(page, page);
  expect(await scan()).toEqual([]);
});

test('the module page reflows at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
  await page.goto(`${url}${MODULE}.html`);
  await completeModule(page, page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the same module open in two windows: the second is read-only and says so', async ({
  context,
}) => {
  const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`${url}${MODULE}.html`);
  await expect(first.locator('course-module')).toHaveAttribute('data-lms', 'standalone');
  await second.goto(`${url}${MODULE}.html`);
  await expect(second.locator('[data-status]')).toContainText('already open in another window');
  await expect(second.locator('[data-continue]').first()).toBeDisabled();
  await completeModule(first, first, { stopAfterSections: 2 });
  await expect(first.locator('[data-status]')).not.toContainText('another window');
});

test(
  'the whole-course package: every SCO launches from its own page, loads only files in the ' +
    'zip, and is tracked on its own',
  async ({ page }) => {
    const pkg = findPackage('course', 'scorm2004');
    const url = unzipToDeepPath(pkg);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    for (const sco of pkg.modules) {
      await page.goto(harnessUrl(url, sco, 'scorm2004'));
      const frame = scoFrame(page);
      await expect(frame.locator('course-module')).toHaveAttribute('data-lms', 'scorm2004');
      await completeModule(page, frame, { stopAfterSections: 2 });
      const summary = await page.evaluate(() => (window as any).lms.summary());
      expect(summary.location).not.toBe('');
      expect(summary.suspendData).toMatch(/^v2~/);
    }
    expect(missing).toEqual([]);
    expect(await page.evaluate(() => (window as any).lms.violations())).toEqual([]);
  },
);

test(
  'in a whole-course package, the completion panel names the next module to open from the ' +
    'platform',
  async ({ page }) => {
    test.setTimeout(120_000);
    const url = unzipToDeepPath(findPackage('course', 'scorm2004'));
    await page.goto(harnessUrl(url, 'foundations', 'scorm2004'));
    const frame = scoFrame(page);
    await expect(frame.locator('course-module')).toHaveAttribute('data-package', 'course');
    await completeModule(page, frame);
    const next = frame.locator('[data-completion="top"] [data-next]');
    await expect(next.locator('[data-next-course]')).toBeVisible();
    await expect(next.locator('[data-next-course]')).toHaveText(
      /^Next in this course: Managing dissatisfaction.+\. Open it from your learning platform\.$/,
    );
    await expect(next.locator('[data-next-return]')).toBeHidden();
    // The LMS launches each SCO: a link to the next page would leave the LMS session behind.
    await expect(next.locator('a')).toBeHidden();
    const axe = new AxeBuilder({ page }).withTags([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      'wcag22aa',
    ]);
    expect((await axe.analyze()).violations).toEqual([]);
  },
);
