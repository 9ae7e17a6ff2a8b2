/**
 * Layout and flow of the learner's page, asserted on boxes (not pixels) at 1280×800 and 390×844:
 * headings below the sticky bar after each Continue, meters in view with the choices, a confirmed
 * start-over, the completion panel at the top (and on relaunch), the section menu, the knowledge
 * check's words, key hints for keyboard users only; axe in each new state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  answerCheck,
  completeModule,
  press,
  revealUntil,
  scrollSettled,
  stepTaken,
} from './lib/learner.ts';

const MODULE = 'dissatisfaction';
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

/** Bottom edge of every sticky element that is on screen (the bar, a role-play's status). */
const stickyBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => getComputedStyle(e).position === 'sticky' && e.offsetParent)
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.top < innerHeight && r.bottom > 0 && r.top <= 1)
        .map((r) => r.bottom),
    ),
  );

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height }, reducedMotion: 'reduce' });

    test('after each Continue the new heading is fully below every sticky element', async ({
      page,
    }) => {
      await page.goto(`/en/${MODULE}.html`);
      for (let i = 0; i < 12; i++) {
        const next = page.locator('[data-section]:not([hidden]) [data-continue]:visible');
        if (!(await next.count())) break;
        await press(page, next);
        const heading = page.locator('[data-section]:not([hidden])').last().locator('h2');
        await expect(heading).toBeFocused();
        const box = (await heading.boundingBox())!;
        expect(box.y, (await heading.textContent()) ?? '').toBeGreaterThanOrEqual(
          await stickyBottom(page),
        );
        expect(box.y + box.height).toBeLessThanOrEqual(height);
      }
    });

    test('the meters are in the viewport whenever the choices are', async ({ page }) => {
      await page.goto(`/en/${MODULE}.html`);
      const rp = page.locator('role-play').first();
      for (let i = 0; i < 10 && !(await rp.isVisible()); i++)
        await press(page, page.locator('[data-section]:not([hidden]) [data-continue]').last());
      for (let step = 0; step < 8 && !(await rp.locator('[data-ending]').isVisible()); step++) {
        await rp.locator('[data-actions] button').first().click();
        await stepTaken(rp); // the role-play has brought its choices into view
        await scrollSettled(page);
        const inView = await rp.locator('[data-actions] button').evaluateAll((buttons) =>
          buttons.some((b) => {
            const r = b.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          }),
        );
        if (!inView) continue;
        const meters = (await rp.locator('[data-meters]').boundingBox())!;
        expect(meters.y).toBeGreaterThanOrEqual(0);
        expect(meters.y + meters.height).toBeLessThanOrEqual(height);
      }
    });
  });
}

test('start over asks first; keeping progress keeps it, confirming starts from section 1', async ({
  page,
}) => {
  await page.goto(`/en/${MODULE}.html`);
  for (let i = 0; i < 3; i++)
    await press(page, page.locator('[data-section]:not([hidden]) [data-continue]').last());
  const label = page.locator('[data-progress-label]');
  await expect(label).toHaveText(/Section 4 of/);
  await press(page, page.locator('.module-footer [data-start-over]'));
  const dialog = page.locator('[data-start-over-dialog]');
  await expect(dialog).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(label).toHaveText(/Section 4 of/);
  await press(page, page.locator('.module-footer [data-start-over]'));
  await press(page, dialog.locator('[data-keep-progress]'));
  await expect(label).toHaveText(/Section 4 of/);
  await press(page, page.locator('.module-footer [data-start-over]'));
  await press(page, dialog.locator('[data-confirm-start-over]'));
  await expect(label).toHaveText(/Section 1 of/);
});

test('the section menu shows done, current and to come, and jumps back to a done section', async ({
  page,
}) => {
  await page.goto(`/en/${MODULE}.html`);
  for (let i = 0; i < 2; i++)
    await press(page, page.locator('[data-section]:not([hidden]) [data-continue]').last());
  await press(page, page.locator('[data-menu-button]'));
  const menu = page.locator('[data-menu]');
  await expect(menu).toBeVisible();
  await expect(menu.locator('.is-done a')).toHaveCount(2);
  await expect(menu.locator('.is-current a[aria-current="step"]')).toHaveCount(1);
  await expect(menu.locator('.is-to-come a')).toHaveCount(0);
  await expect(menu.locator('.is-to-come').first()).toContainText('to come');
  expect(await axe(page)).toEqual([]);
  await press(page, menu.locator('.is-done a').first());
  await expect(menu).toBeHidden();
  await expect(page.locator('[data-section]').first().locator('h2')).toBeFocused();
});

test(
  'the knowledge check: one heading, the right answer after a wrong one, passed in ' + 'words',
  async ({ page }) => {
    await page.goto(`/en/${MODULE}.html`);
    const check = page.locator('knowledge-check');
    for (let i = 0; i < 12 && !(await check.isVisible()); i++)
      await press(page, page.locator('[data-section]:not([hidden]) [data-continue]').last());
    const section = page.locator('[data-section]', { has: check });
    const title = (await section.locator('h2').textContent())!;
    await expect(section.locator('h2, h3', { hasText: title })).toHaveCount(1);
    await answerCheck(page, check, (i) => i !== 0);
    const first = check.locator('.feedback').first();
    await expect(first).toContainText('Not quite');
    await expect(first).toContainText('The right answer:');
    const texts = await check.locator('.feedback').allTextContents();
    for (const text of texts) expect(text).not.toMatch(/\b(\w+)\. \1\./);
    await expect(check.locator('[data-score]')).toHaveText(/^Passed: 5 of 6 right \(83%\)/);
    expect(await axe(page)).toEqual([]);
  },
);

test('key hints show to keyboard users only', async ({ page }) => {
  await page.goto(`/en/${MODULE}.html`);
  const rp = page.locator('role-play').first();
  for (let i = 0; i < 10 && !(await rp.isVisible()); i++)
    await page.locator('[data-section]:not([hidden]) [data-continue]').last().click();
  for (let i = 0; i < 10 && !(await rp.locator('.choice-key').count()); i++)
    await rp.locator('[data-actions] button').first().click();
  await expect(rp.locator('.choice-key').first()).toBeHidden();
  await rp.locator('[data-actions] button').first().focus();
  await page.keyboard.press('Tab');
  await expect(rp.locator('.choice-key').first()).toBeVisible();
});

test(
  'completion: a summary at the top with score and competencies; a relaunch opens on ' + 'it',
  async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/en/${MODULE}.html`);
    await completeModule(page, page);
    const top = page.locator('[data-completion="top"]');
    await expect(top).toBeVisible();
    await expect(top.locator('h2')).toHaveText('Module passed');
    await expect(top).toContainText('Knowledge check score: 100%');
    await expect(top.locator('.completion-competencies li')).not.toHaveCount(0);
    await expect(page.locator('[data-completion="bottom"]')).toBeVisible();
    // On the phone the summary uses the panel's width; the mark does not take a column of its own.
    const panel = (await top.boundingBox())!;
    const summary = (await top.locator('[data-completion-competencies] ul').boundingBox())!;
    expect(summary.width).toBeGreaterThan(0.8 * panel.width);
    await rp_debrief_folded(page);
    await page.reload();
    await expect(top.locator('h2')).toBeFocused();
    const box = (await top.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844);
    expect(await axe(page)).toEqual([]);
  },
);

/** The debrief opens one choice's feedback on demand, and stays axe-clean. */
async function rp_debrief_folded(page: Page) {
  const why = page.locator('[data-ending] .rp-why').first();
  await expect(why.locator('p')).toBeHidden();
  await why.locator('summary').click();
  await expect(why.locator('p')).toBeVisible();
  expect(await axe(page)).toEqual([]);
}

const MODULES = [
  'foundations',
  'dissatisfaction',
  'incivility',
  'meaning',
  'stress',
  'emotional_intelligence',
  'managers',
];

test('each module page has its figure: one image with a name (caption) and a description', async ({
  page,
}) => {
  for (const id of MODULES) {
    await page.goto(`/en/${id}.html`);
    const figure = page.locator('.module-header figure.module-figure');
    await expect(figure, id).toHaveCount(1);
    const caption = (await figure.locator('figcaption').textContent())!.trim();
    expect(caption.length, id).toBeGreaterThan(10);
    const image = figure.getByRole('img');
    await expect(image, id).toHaveAccessibleName(caption);
    // A description of its own (the drawing in words), not the caption again.
    const words = (await image.locator('desc').textContent())!.trim();
    expect(words.length, id).toBeGreaterThan(40);
    await expect(image, id).toHaveAccessibleDescription(words);
    const box = (await image.boundingBox())!;
    expect(box.width, id).toBeGreaterThan(150);
  }
});

test(
  'each role-play opens on a scene card: setting, title, situation, a cast with ' + 'avatars',
  async ({ page }) => {
    for (const id of ['dissatisfaction', 'managers']) {
      await page.goto(`/en/${id}.html`);
      const plays = page.locator('role-play');
      expect(await plays.count(), id).toBeGreaterThan(0);
      for (const rp of await plays.all()) {
        const card = rp.locator('.rp-intro.scene-card');
        await expect(card).toHaveCount(1);
        await expect(card.locator('.rp-setting')).not.toBeEmpty();
        await expect(card.locator('h3')).not.toBeEmpty();
        await expect(card.locator('.rp-summary')).not.toBeEmpty();
        const cast = card.locator('.rp-cast');
        // A card, not a bullet list: no list markers, each person with an avatar beside the name.
        expect(await cast.evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
        const people = cast.locator('li');
        expect(await people.count()).toBeGreaterThan(1);
        expect(await people.locator('.rp-avatar').count()).toBe(await people.count());
        expect(await card.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(
          'rgba(0, 0, 0, 0)',
        );
      }
    }
    await revealUntil(page, page, page.locator('role-play .scene-card').first());
    expect(await axe(page)).toEqual([]);
  },
);
