/**
 * Endings follow from what happened: a weak run and a strong run that end on the same last choice
 * reach different endings, because a router reads the meters. Played with the keyboard in a page.
 */
import { expect, test } from '@playwright/test';
import { checkContent } from '#src/course/check-content.ts';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { bestPath, walkPaths } from '#src/roleplay/paths.ts';
import { playRolePlay, revealUntil } from './lib/learner.ts';

const { modules } = checkContent(process.cwd());
const module = modules.find((m) => m.id === 'incivility')!;
const scenario = module.scenarios.find((s) => s.id === 'station_disruption')!;
const rating = new Map(
  scenario.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, c.rating] as const)),
);
const decisions = (steps: string[]) => steps.filter((s) => s !== CONTINUE);
const weakCount = (steps: string[]) =>
  decisions(steps).filter((d) => rating.get(d) === 'weak').length;

const strong = bestPath(scenario);
const lastChoice = decisions(strong.steps).at(-1);
// The weakest run that ends with the very same last choice, yet elsewhere.
const weak = walkPaths(scenario)
  .complete.filter((s) => decisions(s.steps).at(-1) === lastChoice && s.ending !== strong.ending)
  .reduce((a, b) => (weakCount(b.steps) > weakCount(a.steps) ? b : a));

const titleOf = (ending?: string) => scenario.endings.find((e) => e.id === ending)!.title;

test(
  'the meters, not the last choice, decide the ending: a weak run and a strong run ' + 'differ',
  async ({ page }) => {
    expect(weakCount(weak.steps) * 2).toBeGreaterThanOrEqual(decisions(weak.steps).length);
    expect(weakCount(strong.steps)).toBe(0);
    const shown: string[] = [];
    for (const run of [weak, strong]) {
      await page.goto(`/en/${module.id}.html`);
      const rp = await revealUntil(
        page,
        page,
        page.locator(`role-play[data-scenario="${scenario.id}"]`),
      );
      const planned = [...run.steps];
      await playRolePlay(page, rp, () => planned.shift()!);
      const title = rp.locator('[data-ending] h4');
      await expect(title).toBeFocused();
      await expect(title).toContainText(titleOf(run.ending));
      shown.push((await title.textContent())!);
      await page.evaluate(() => localStorage.clear());
    }
    expect(shown[0]).not.toBe(shown[1]);
  },
);
