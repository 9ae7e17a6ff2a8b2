/**
 * Reflections are personal: typed with the keyboard, kept on the device across a relaunch,
 * downloadable, deletable, and never sent to the LMS unless course.yaml says so (it does not here).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { press, revealUntil, scoFrame } from './lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';
const WORDS =
  'The caller on Tuesday who cried about the bill: I rushed her, and I still think about it.';

test(
  'a reflection stays on the device, survives a relaunch, downloads, deletes, and never ' +
    'reaches the LMS',
  async ({ page }) => {
    await page.goto(
      harnessUrl(unzipToDeepPath(findPackage(MODULE, 'scorm2004')), MODULE, 'scorm2004'),
    );
    const frame = scoFrame(page);
    const note = await revealUntil(page, frame, frame.locator('reflection-note').first());
    const area = note.locator('textarea');
    await area.focus();
    await page.keyboard.type(WORDS);
    await expect(note.locator('[data-saved]')).toHaveText('Saved.');
    // a save to the LMS happens
    await press(page, frame.locator('[data-section]:not([hidden]) [data-continue]').last());

    await page.evaluate(() => (window as any).lms.relaunch());
    await expect(scoFrame(page).locator('reflection-note').first().locator('textarea')).toHaveValue(
      WORDS,
    );
    const record = (await page.evaluate(() => (window as any).lms.values())) as Record<
      string,
      string
    >;
    // not in any LMS field
    expect(Object.values(record).some((v) => v.includes('cried about the bill'))).toBe(false);
    expect(
      Object.keys(record).some(
        (k) => /interactions\.\d+\.id$/.test(k) && record[k].startsWith('reflection.'),
      ),
    ).toBe(false);

    const again = scoFrame(page).locator('reflection-note').first();
    const download = page.waitForEvent('download');
    await press(page, again.locator('[data-download]'));
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${MODULE}-notes.txt`);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toContain((await again.locator('label').textContent())!.trim());
    expect(text).toContain(WORDS);

    await press(page, again.locator('[data-delete]'));
    await expect(again.locator('textarea')).toHaveValue('');
    await page.evaluate(() => (window as any).lms.relaunch());
    await expect(scoFrame(page).locator('reflection-note').first().locator('textarea')).toHaveValue(
      '',
    );
  },
);

test('a reflection typed just before the page closes is kept (written on pagehide)', async ({
  page,
}) => {
  await page.goto(harnessUrl(unzipToDeepPath(findPackage(MODULE, 'scorm12')), MODULE, 'scorm12'));
  const frame = scoFrame(page);
  const note = await revealUntil(page, frame, frame.locator('reflection-note').first());
  await note.locator('textarea').fill(WORDS); // no time for the 400 ms save
  await page.evaluate(() => (window as any).lms.relaunch());
  await expect(scoFrame(page).locator('reflection-note').first().locator('textarea')).toHaveValue(
    WORDS,
  );
});
