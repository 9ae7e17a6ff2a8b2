/**
 * axe (WCAG 2.2 AA) on every learner page, opened and then completed with the keyboard, and on the
 * pages authors and facilitators use for every module. Each test names the page it failed on.
 */

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { completeModule } from './lib/learner.ts';

const { modules } = checkContent(process.cwd());
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

for (const m of modules) {
  test(
    `${m.id}: the module page has no axe violation when opened and once completed, and ` +
      `reflows at 320 px`,
    async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/en/${m.id}.html`);
      expect({ page: m.id, at: 'opened', violations: await axe(page) }).toEqual({
        page: m.id,
        at: 'opened',
        violations: [],
      });
      await completeModule(page, page);
      await expect(page.locator('[data-complete]')).toBeVisible();
      expect({ page: m.id, at: 'completed', violations: await axe(page) }).toEqual({
        page: m.id,
        at: 'completed',
        violations: [],
      });
      // WCAG 1.4.10 reflow: everything shown so far fits 320 CSS px without sideways scrolling.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    },
  );
}

test("every module's scenario map, facilitator guide and role cards have no axe violation", async ({
  page,
}) => {
  test.setTimeout(180_000); // each guide now holds its session plan
  for (const m of modules) {
    for (const path of [
      `/en/maps/${m.id}.html`,
      `/facilitator/guide/${m.id}.html`,
      `/facilitator/cards/${m.id}.html`,
    ]) {
      await page.goto(path);
      expect({ path, violations: await axe(page) }).toEqual({ path, violations: [] });
    }
  }
});
