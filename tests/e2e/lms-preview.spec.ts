/** The LMS preview itself: instructions when empty, tables that fit, and updates in place. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { completeModule, scoFrame } from './lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const { modules } = checkContent(process.cwd());
const MODULE = modules[1].id;

test('the empty preview says how to use it, and passes axe', async ({ page }) => {
  await page.goto('/lms-preview.html');
  await expect(page.getByRole('heading', { name: 'How to use the preview' })).toBeVisible();
  await expect(page.locator('#preview-empty')).toContainText('npm run package');
  await expect(page.locator('#sco')).toBeHidden();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations).toEqual([]);
});

test(
  'the record updates in place (rows kept, only changes touched) and its tables fit the ' + 'panel',
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const url = unzipToDeepPath(findPackage(MODULE, 'scorm12'));
    await page.goto(harnessUrl(url, MODULE, 'scorm12'));
    await expect(page.locator('#preview-empty')).toBeHidden();
    const frame = scoFrame(page);
    await completeModule(page, frame, { stopAfterSections: 3 });
    const rows = page.locator('#lms-data .record-table tbody tr');
    const location = page.locator('#lms-data dl dd').nth(2);
    // Mark the blocks: a rebuild would replace them, an update in place keeps them.
    const mark = () =>
      page.locator('#lms-data dl, #lms-data table').evaluateAll((els) => {
        for (const e of els) (e as HTMLElement & { kept?: boolean }).kept = true;
      });
    const kept = () =>
      page
        .locator('#lms-data dl, #lms-data table')
        .evaluateAll((els) => els.every((e) => (e as HTMLElement & { kept?: boolean }).kept));
    await mark();
    const where = await location.textContent();
    await completeModule(page, frame);
    await expect(location).not.toHaveText(where!);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await kept()).toBe(true);
    const overflow = await page
      .locator('#lms-data table')
      .evaluateAll((tables) =>
        tables
          .filter(
            (t) =>
              t.getBoundingClientRect().right >
              document.querySelector('#lms-data')!.getBoundingClientRect().right + 1,
          )
          .map((t) => t.previousElementSibling?.textContent),
      );
    expect(overflow).toEqual([]);
  },
);
