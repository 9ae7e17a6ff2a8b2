/**
 * The practice tools, each in the real module that uses it, in an unzipped SCORM 1.2 package opened
 * without an LMS: keyboard only, answers kept on the device across a reload, deletable, and
 * axe-clean.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import type { Tool } from '#src/schemas/tool.ts';
import { weekKey } from '#src/tools/signs.ts';
import { press, revealUntil } from './lib/learner.ts';
import { findPackage, unzipToDeepPath } from './lib/packages.ts';

const { modules } = checkContent(process.cwd());
const uses = modules.flatMap((m) => m.tools.map((tool) => ({ module: m.id, tool })));
type Of<T extends Tool['type']> = Extract<Tool, { type: T }>;

async function openTool(page: Page, module: string, tool: Tool) {
  await page.goto(`${unzipToDeepPath(findPackage(module, 'scorm12'))}${module}.html`);
  return revealUntil(page, page, page.locator(`[data-tool="${tool.id}"]`));
}

const axe = async (page: Page, toolId: string) =>
  (
    await new AxeBuilder({ page })
      .include(`[data-tool="${toolId}"]`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

/** Presses a download button and returns the text of the file the browser saves. */
async function downloadedText(page: Page, button: Locator) {
  const download = page.waitForEvent('download');
  await press(page, button);
  return readFileSync((await (await download).path())!, 'utf8');
}

const typeInto = async (page: Page, field: Locator, text: string) => {
  await field.focus();
  await page.keyboard.type(text);
};

const checks: { [T in Tool['type']]: (page: Page, module: string, tool: Of<T>) => Promise<void> } =
  {
    async signs_tracker(page, module, tool) {
      let box = await openTool(page, module, tool);
      const [first, second] = tool.signs;
      // What a screen reader meets: each sign is a checkbox named by its text.
      await expect(box.getByRole('checkbox', { name: first.text })).toBeVisible();
      await press(page, box.locator(`input[value="${first.id}"]`), 'Space');
      await press(page, box.locator(`input[value="${second.id}"]`), 'Space');
      await expect(box.locator('[data-history] tbody tr')).toHaveCount(2);
      await expect(box.locator('[data-history]')).toContainText('1 of the last 4 weeks');
      await expect(box.locator('[data-nudge]')).toBeHidden();
      // Three signs that came back in earlier weeks: the tool points to support, without a score.
      // Earlier weeks: the first three signs each come back in two weeks or more.
      const weeksAgo = (n: number) => weekKey(new Date(Date.now() - n * 7 * 86_400_000));
      const earlier = {
        [weeksAgo(1)]: tool.signs.slice(0, 3).map((s) => s.id),
        [weeksAgo(2)]: [tool.signs[2].id],
      };
      await page.evaluate(
        ({ module, tool, earlier }) => {
          // Notes live under `<course>-notes:<module>:<learner>` (src/elements/private-notes.ts).
          const key = Object.keys(localStorage).find((k) => k.includes(`-notes:${module}:`))!;
          const notes = JSON.parse(localStorage.getItem(key) ?? '{}');
          notes[`tool.${tool}`] = JSON.stringify({
            ...JSON.parse(notes[`tool.${tool}`]),
            ...earlier,
          });
          localStorage.setItem(key, JSON.stringify(notes));
        },
        { module, tool: tool.id, earlier },
      );
      await page.reload();
      box = await revealUntil(page, page, page.locator(`[data-tool="${tool.id}"]`));
      await expect(box.locator(`input[value="${first.id}"]`)).toBeChecked();
      await expect(box.locator('[data-nudge]')).toBeVisible();
      await expect(box.locator('[data-history]')).toContainText('2 of the last 4 weeks');
      expect(await axe(page, tool.id)).toEqual([]);
      await press(page, box.locator('[data-clear]'));
      await expect(box.locator('input:checked')).toHaveCount(0);
      await expect(box.locator('[data-nudge]')).toBeHidden();
      expect(
        await page
          .evaluate(
            (m) => Object.keys(localStorage).find((k) => k.includes(`-notes:${m}:`)) ?? '',
            module,
          )
          .then((key) => page.evaluate((k) => localStorage.getItem(k) ?? '', key)),
      ).not.toContain(`tool.${tool.id}`);
    },

    async paraphrase(page, module, tool) {
      const box = await openTool(page, module, tool);
      const item = tool.items[0];
      await typeInto(
        page,
        box.locator(`textarea[data-note="${item.id}"]`),
        'So the parcel never came and you have taken a day off for nothing.',
      );
      const details = box.locator('details').first();
      await expect(details.getByText(item.models[0].text)).toBeHidden();
      await press(page, details.locator('summary'));
      await expect(details.getByText(item.models[0].text)).toBeVisible();
      expect(await axe(page, tool.id)).toEqual([]);
      await page.reload();
      await revealUntil(page, page, page.locator(`[data-tool="${tool.id}"]`));
      await expect(page.locator(`textarea[data-note="${item.id}"]`)).toHaveValue(
        /day off for nothing/,
      );
    },

    async boundary_builder(page, module, tool) {
      const box = await openTool(page, module, tool);
      const words = [
        'You are shouting at me',
        'I cannot think clearly like this',
        'I will keep helping if we talk calmly',
        'Shall we look at the next train together?',
      ];
      for (const [i, step] of tool.steps.entries())
        await typeInto(page, box.getByRole('textbox', { name: step.label, exact: true }), words[i]);
      await expect(box.locator('[data-script]')).toHaveText(
        `${words[0]}. ${words[1]}. ${words[2]}. ${words[3]}`,
      );
      await press(page, box.locator('details summary').first());
      await expect(box.locator('details').first()).toContainText(tool.examples[0].script.limit);
      expect(await axe(page, tool.id)).toEqual([]);
      const text = await downloadedText(page, box.locator('[data-download]'));
      expect(text).toContain(words[2]);
    },

    async levels_explorer(page, module, tool) {
      let box = await openTool(page, module, tool);
      await typeInto(
        page,
        box.locator('textarea[data-note="situation"]'),
        'Telling a tenant for the third time that the form must be sent again.',
      );
      await typeInto(
        page,
        box.getByRole('textbox', { name: tool.levels.find((l) => l.id === 'values')!.question }),
        'Fairness matters to me.',
      );
      await expect(
        box
          .getByRole('navigation', { name: 'The six levels, from the base to the top' })
          .getByRole('link'),
      ).toHaveCount(6);
      await press(page, box.locator('input[data-note="breaks"][value="values"]'), 'Space');
      await typeInto(
        page,
        box.locator('textarea[data-note="action"]'),
        'Raise the rule at Thursday’s team meeting.',
      );
      await expect(box.locator('h4')).toHaveText(tool.levels.map((l) => l.label));
      // The pyramid says where it breaks in words, base first in reading order.
      await expect(box.locator('.pyramid a')).toHaveText(
        tool.levels.map((l) => (l.id === 'values' ? `${l.label} · it breaks here` : l.label)),
      );
      expect(await axe(page, tool.id)).toEqual([]);
      await page.reload();
      box = await revealUntil(page, page, page.locator(`[data-tool="${tool.id}"]`));
      await expect(box.locator('textarea[data-note="values"]')).toHaveValue(
        'Fairness matters to me.',
      );
      await expect(box.locator('input[value="values"]')).toBeChecked();
      const text = await downloadedText(page, box.locator('[data-download]'));
      expect(text).toContain('Raise the rule');
      expect(text).toContain(tool.levels.find((l) => l.id === 'values')!.label);
    },

    async breathing_pacer(page, module, tool) {
      // The page's clock moves only when the test says: a busy machine cannot move the breath on.
      await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
      const box = await openTool(page, module, tool);
      await page.clock.pauseAt(new Date('2026-03-02T10:00:00Z'));
      const pattern = tool.patterns[0];
      const [first, second] = pattern.phases;
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await expect(box.locator('[data-phase]')).toHaveAttribute('aria-live', 'polite');
      await press(
        page,
        box.getByRole('checkbox', { name: 'Play a soft tone when the breath changes' }),
        'Space',
      );
      await press(page, box.locator('[data-toggle]'));
      await expect(box.locator('[data-toggle]')).toHaveText('Pause');
      await expect(box.locator('[data-phase]')).toHaveText(
        new RegExp(`^Breathe in, ${first.seconds} s`),
      );
      await page.clock.runFor(first.seconds * 1000 - 300);
      await expect(box.locator('[data-phase]')).toHaveText(
        new RegExp(`^Breathe in, ${first.seconds} s`),
      ); // not a moment early
      await expect(box.locator('[data-count]')).toHaveText('1');
      await page.clock.runFor(600);
      await expect(box.locator('[data-phase]')).toHaveText(
        new RegExp(`^${second.kind === 'hold' ? 'Hold' : 'Breathe out'}, ${second.seconds} s`),
      );
      await expect(box.locator('[data-left]')).toContainText('Cycle 1 of');
      // Pause holds the session clock: after a long pause it resumes in the same phase.
      await press(page, box.locator('[data-toggle]'));
      await expect(box.locator('[data-phase]')).toContainText('Paused');
      // axe needs the page's timers; the paused pacer does not move meanwhile.
      await page.clock.resume();
      expect(await axe(page, tool.id)).toEqual([]);
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await page.clock.runFor(60_000);
      await press(page, box.locator('[data-toggle]'));
      await expect(box.locator('[data-phase]')).toHaveText(new RegExp(`, ${second.seconds} s`));
      await expect(box.locator('[data-left]')).toContainText('Cycle 1 of');
      await page.clock.runFor(pattern.minutes * 60_000 + 20_000);
      await expect(box.locator('[data-phase]')).toContainText('Done');
      await expect(box.locator('[data-toggle]')).toHaveText('Start');
      await expect(box.locator('[data-stop]')).toBeHidden();
      // Reduced motion: the circle does not grow or shrink; the words and countdown still guide.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await press(page, box.locator('[data-toggle]'));
      await expect(box.locator('[data-count]')).toHaveText(String(first.seconds));
      expect(
        await box.locator('[data-circle]').evaluate((c) => getComputedStyle(c).transform),
      ).toBe('none');
      await press(page, box.locator('[data-stop]'));
      await expect(box.locator('[data-phase]')).toContainText('Stopped');
      await expect(box.locator('[data-toggle]')).toBeFocused();
      expect(errors).toEqual([]);
    },

    async self_assessment(page, module, tool) {
      let box = await openTool(page, module, tool);
      const low = tool.dimensions[1] ?? tool.dimensions[0];
      for (const d of tool.dimensions) {
        for (const [i] of d.statements.entries()) {
          const value = d.id === low.id ? 1 : tool.scale.length;
          const group = box.getByRole('group', { name: d.statements[i], exact: true });
          await press(
            page,
            group.getByRole('radio', { name: tool.scale[value - 1], exact: true }),
            'Space',
          );
        }
      }
      await press(page, box.locator('[data-show]'));
      await expect(box.locator('[data-message]')).toBeFocused();
      await expect(box.locator('[data-message]')).toHaveText(`Where to start: ${low.label}`);
      await expect(box.locator(`[data-tips="${low.id}"]`)).toBeVisible();
      await expect(box.locator('[data-tips]:visible')).toHaveCount(1);
      expect(await axe(page, tool.id)).toEqual([]);
      await page.reload();
      box = await revealUntil(page, page, page.locator(`[data-tool="${tool.id}"]`));
      await expect(box.locator(`input[data-key="${low.id}.0"][value="1"]`)).toBeChecked();
    },
  };

for (const { module, tool } of uses) {
  test(
    `${module}: the ${tool.type.replace(/_/g, ' ')} "${tool.id}" works with the keyboard and ` +
      `keeps answers on the device`,
    async ({ page }) => {
      await (checks[tool.type] as (p: Page, m: string, t: Tool) => Promise<void>)(
        page,
        module,
        tool,
      );
    },
  );
}
