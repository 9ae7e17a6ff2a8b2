/**
 * A learner who uses only the keyboard: moves focus to a control and presses Enter or Space.
 * Plays role-plays along a chosen path and answers knowledge checks (right or wrong on demand).
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { bestPath } from '../../../src/roleplay/paths.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';

export const scoFrame = (page: Page) => page.frameLocator('#sco');

export async function press(page: Page, control: Locator, key = 'Enter') {
  await control.focus();
  await page.keyboard.press(key);
}

/** Plays the visible role-play to its end; `pick` chooses among the offered choice ids. */
export async function playRolePlay(
  page: Page,
  rolePlay: Locator,
  pick: 'best' | ((offered: string[]) => string) = 'best',
) {
  const data = JSON.parse((await rolePlay.locator('[data-scenario-data]').textContent())!) as {
    scenario: Scenario;
    best: string[];
  };
  const planned = pick === 'best' ? bestPath(data.scenario).steps : [];
  for (let guard = 0; guard < 60; guard++) {
    if (await rolePlay.locator('[data-ending]').isVisible()) return;
    const buttons = rolePlay.locator('[data-actions] button');
    await buttons.first().waitFor();
    const offered = await buttons.evaluateAll((els) =>
      els.map((e) => (e as HTMLElement).dataset.step ?? ''),
    );
    const step = pick === 'best' ? planned.shift()! : pick(offered);
    await press(page, rolePlay.locator(`[data-actions] button[data-step="${step}"]`));
    await stepTaken(rolePlay, step);
  }
  throw new Error('The role-play did not end within 60 steps');
}

/**
 * As a learner waits for the answer before the next key: a step is taken once focus has moved on
 * to its newest line (or the ending). A lost key press fails here, not by a hang.
 */
export async function stepTaken(rolePlay: Locator, step = '') {
  await expect(
    // The transcript's lines come in short lists (src/elements/transcript-parts.ts).
    rolePlay.locator('[data-transcript] > :last-child > :last-child:focus, [data-ending] h4:focus'),
    `step "${step}" was taken`,
  ).toHaveCount(1);
}

/** Until the page has stopped scrolling: the same scroll position three frames in a row. */
export async function scrollSettled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let [last, still] = [-1, 0];
        const frame = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Answers every open question of a knowledge check; `right` decides per question. */
export async function answerCheck(
  page: Page,
  check: Locator,
  right: (index: number) => boolean = () => true,
) {
  const feedback = JSON.parse((await check.locator('[data-feedback]').textContent())!) as Record<
    string,
    { correct: string; options: Record<string, string> }
  >;
  const forms = check.locator('form[data-question]');
  for (let i = 0; i < (await forms.count()); i++) {
    const form = forms.nth(i);
    if (await form.locator('button[type=submit]').isHidden()) continue;
    const q = (await form.getAttribute('data-question'))!;
    const wrong = Object.keys(feedback[q].options).find((o) => o !== feedback[q].correct)!;
    await press(
      page,
      form.locator(`input[value="${right(i) ? feedback[q].correct : wrong}"]`),
      'Space',
    );
    await press(page, form.locator('button[type=submit]'));
  }
}

/** Works through every section in order with the keyboard, doing each activity on the way. */
export async function completeModule(
  page: Page,
  frame: FrameLocator | Page,
  options: { stopAfterSections?: number } = {},
) {
  for (let n = 0; n < 40; n++) {
    const section = frame.locator('[data-section]:not([hidden])').last();
    for (const rp of await section.locator('role-play').all()) await playRolePlay(page, rp);
    for (const check of await section.locator('knowledge-check').all())
      await answerCheck(page, check);
    const next = section.locator('[data-continue]');
    if (
      !(await next.isVisible()) ||
      (options.stopAfterSections !== undefined && n + 1 >= options.stopAfterSections)
    )
      return;
    await press(page, next);
  }
}

/** Reveals sections with the keyboard (Continue) until `target` is on screen. */
export async function revealUntil(page: Page, frame: FrameLocator | Page, target: Locator) {
  for (let i = 0; i < 20 && !(await target.isVisible()); i++)
    await press(page, frame.locator('[data-section]:not([hidden]) [data-continue]').last());
  await target.waitFor();
  return target;
}
