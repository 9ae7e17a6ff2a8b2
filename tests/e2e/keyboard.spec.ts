/**
 * A learner with a keyboard and nothing else: Tab and Shift+Tab to move, Enter to act. The other
 * tests focus controls directly; this one proves they are reachable in order and visibly focused.
 */
import { expect, type Page, test } from '@playwright/test';
import { findPackage, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';

/** Presses Tab until the focused element matches `selector`; fails if it never gets there. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with Tab in ${limit} presses`);
}

const focusRing = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

test(
  'Tab alone reaches the skip link, each Continue and a role-play choice, in page order and ' +
    'with a visible focus ring',
  async ({ page }) => {
    await page.goto(`${unzipToDeepPath(findPackage(MODULE, 'scorm12'))}${MODULE}.html`);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Enter'); // skip to the module text
    await tabTo(page, '[data-section]:not([hidden]) [data-continue]');
    expect(await focusRing(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-progress-label]')).toContainText('Section 2');
    // the new section is announced by its heading
    await expect(page.locator('[data-section]:not([hidden]) h2').last()).toBeFocused();

    // Keep going by Tab and Enter until a role-play offers its choices, then answer one.
    for (
      let i = 0;
      i < 12 && !(await page.locator('role-play [data-actions] button').first().isVisible());
      i++
    ) {
      await tabTo(page, '[data-section]:not([hidden]) [data-continue]');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, 'role-play [data-actions] button');
    expect(await focusRing(page)).toBe(true);
    const choice = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.step);
    // Shift+Tab goes back to an earlier control, Tab returns: the order follows the page, no trap.
    await page.keyboard.press('Shift+Tab');
    expect(
      await page.evaluate((step) => {
        const button = document.querySelector(`[data-step="${step}"]`)!;
        return Boolean(
          document.activeElement!.compareDocumentPosition(button) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }, choice),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.step)).toBe(
      choice,
    );
    const before = await page.locator('role-play [data-transcript] li').count();
    await page.keyboard.press('Enter');
    await expect(page.locator('role-play [data-transcript] li')).not.toHaveCount(before);
    // Focus moves to the newest line, so a screen reader reads what was just said. The move
    // waits for the next frame (src/elements/role-play.ts): wait for it rather than read at once.
    await expect(page.locator('role-play [data-transcript] :focus')).toHaveCount(1);
  },
);
