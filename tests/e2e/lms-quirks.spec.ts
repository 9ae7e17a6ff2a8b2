/**
 * The LMS-quirks matrix: the single-module SCORM 1.2 and 2004 packages hosted in LMSs that each
 * behave like a real one (quirks.ts), and what users expect of each: every decision and every
 * competency reaches the record (counted against the content), zero strict-checker violations,
 * no downgrade, and nothing lost without the learner being told in words.
 */
import { expect, type FrameLocator, type Page, test } from '@playwright/test';
import { en } from '#src/i18n/en.ts';
import { completeModule, scoFrame } from './lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';
// A whole module, played by keyboard and relaunched, on a shared 2-core machine.
test.describe.configure({ timeout: 240_000 });
const lms = (page: Page, what: string) => page.evaluate((w) => (window as any).lms[w](), what);

/** What the content says the record must hold once the module is done. */
async function expected(frame: FrameLocator) {
  const blobs = await frame.locator('[data-scenario-data]').allTextContents();
  const competencies = new Set(
    blobs.flatMap((b) =>
      Object.entries(JSON.parse(b).maxPoints as Record<string, number>)
        .filter(([, max]) => max > 0)
        .map(([id]) => id),
    ),
  );
  const questions = await frame.locator('form[data-question]').count();
  const decisions = await frame.locator('.rp-chosen').count();
  return { interactions: questions + decisions, competencies: competencies.size };
}

async function completeAndCheck(page: Page, frame: FrameLocator, format: string) {
  await completeModule(page, frame);
  await expect(frame.locator('[data-complete]')).toBeVisible();
  const want = await expected(frame);
  await page.evaluate(() => (window as any).lms.relaunch()); // the record after the session
  const summary = await lms(page, 'summary');
  expect(summary.status).toBe(format === 'scorm12' ? 'passed' : 'completed / passed');
  expect(summary.interactions.length).toBe(want.interactions);
  expect(summary.objectives.length).toBe(want.competencies);
  expect(await lms(page, 'violations')).toEqual([]);
  return summary;
}

for (const format of ['scorm12', 'scorm2004'] as const) {
  test.describe(`${format} in real-LMS hosts`, () => {
    for (const quirk of [
      'numeric-count',
      'id-immutable',
      'entry-empty',
      'setter-false',
      'false-zero',
      'slow-commit',
    ]) {
      test(`"${quirk}": every decision and competency reaches the record, strictly`, async ({
        page,
      }) => {
        const url = unzipToDeepPath(findPackage(MODULE, format));
        await page.goto(harnessUrl(url, MODULE, format, 'none', { quirk, slow: '300' }));
        const frame = scoFrame(page);
        await expect(frame.locator('course-module')).toHaveAttribute('data-lms', format);
        await completeAndCheck(page, frame, format);
      });
    }

    test(
      'status kept, suspend_data withheld after a normal exit: no downgrade on ' + 'relaunch',
      async ({ page }) => {
        const url = unzipToDeepPath(findPackage(MODULE, format));
        await page.goto(harnessUrl(url, MODULE, format));
        const frame = scoFrame(page);
        const done = await completeAndCheck(page, frame, format);
        // The relaunch started a fresh page (no suspend_data); the learner reads on.
        await frame.locator('[data-section]:not([hidden]) [data-continue]').first().click();
        await page.evaluate(() => (window as any).lms.relaunch());
        const after = await lms(page, 'summary');
        expect(after.status).toBe(done.status);
        expect(after.score).toBe(done.score);
        expect(await lms(page, 'violations')).toEqual([]);
      },
    );

    test('throwing getters: nothing is written over the record and the learner is told', async ({
      page,
    }) => {
      const url = unzipToDeepPath(findPackage(MODULE, format));
      await page.goto(harnessUrl(url, MODULE, format, 'none', { quirk: 'throwing-getters' }));
      const frame = scoFrame(page);
      await expect(frame.locator('[data-status]')).toContainText(en.lmsUnreadable);
      await completeModule(page, frame, { stopAfterSections: 2 });
      const values = await lms(page, 'values');
      expect(Object.keys(values).filter((k) => !/exit|session_time/.test(k))).toEqual([]);
    });

    test('an unreadable saved state is kept on the device and the learner is told', async ({
      page,
    }) => {
      const url = unzipToDeepPath(findPackage(MODULE, format));
      await page.goto(harnessUrl(url, MODULE, format));
      const frame = scoFrame(page);
      await expect(frame.locator('course-module')).toHaveAttribute('data-lms', format);
      // Close the player (the host saves its record), then the LMS hands back a state cut short.
      await page.goto('/lms-preview.html');
      const exit = format === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit';
      await page.evaluate(
        ([exitKey]) => {
          const key = Object.keys(localStorage).find((k) => k.startsWith('lms:'))!;
          const record = JSON.parse(localStorage.getItem(key)!);
          record.values['cmi.suspend_data'] = 'v2~r5~s0a1b~q12';
          record.values[exitKey] = 'suspend';
          localStorage.setItem(key, JSON.stringify(record));
        },
        [exit],
      );
      await page.goto(harnessUrl(url, MODULE, format));
      await expect(frame.locator('[data-status]')).toContainText(
        new RegExp(`${en.unreadableNone.slice(0, 40)}|${en.unreadableFromDevice.slice(0, 40)}`),
      );
      const kept = await frame
        .locator('body')
        .evaluate(() => Object.keys(localStorage).find((k) => k.endsWith(':unreadable')));
      expect(kept).toBeTruthy();
    });

    test(
      'a second window of the module becomes read-only and says so; the first keeps ' + 'working',
      async ({ page, context }) => {
        const url = unzipToDeepPath(findPackage(MODULE, format));
        await page.goto(harnessUrl(url, MODULE, format));
        const first = scoFrame(page);
        await expect(first.locator('course-module')).toHaveAttribute('data-lms', format);
        const other = await context.newPage();
        await other.goto(harnessUrl(url, MODULE, format));
        const second = scoFrame(other);
        await expect(second.locator('[data-status]')).toContainText(en.readOnlyTwice);
        await expect(second.locator('[data-continue]').first()).toBeDisabled();
        await expect(first.locator('[data-status]')).not.toContainText(en.readOnlyTwice);
        await completeModule(page, first, { stopAfterSections: 2 });
        await expect(first.locator('[data-progress-label]')).not.toHaveText(/^Section 1 /);
      },
    );
  });
}

for (const failure of ['QuotaExceededError', 'SecurityError']) {
  test(`no LMS and storage failing (${failure}): said plainly, with a download of the work`, async ({
    page,
  }) => {
    await page.addInitScript((name) => {
      Storage.prototype.setItem = () => {
        throw new DOMException('storage unavailable', name);
      };
    }, failure);
    const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
    await page.goto(harnessUrl(url, MODULE, 'scorm12', 'no-api'));
    const frame = scoFrame(page);
    const status = frame.locator('[data-status]');
    await expect(status).toContainText(en.storageBlockedAlone);
    await expect(status).not.toContainText(en.standalone);
    const download = page.waitForEvent('download');
    await status.getByRole('button', { name: en.downloadProgress }).click();
    expect((await download).suggestedFilename()).toBe(`${MODULE}-progress.txt`);
  });
}
