import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { checkContent } from '../../src/course/check-content.ts';
import { CONTINUE } from '../../src/roleplay/engine.ts';
import { bestPath, maxPointsPerCompetency, walkPaths } from '../../src/roleplay/paths.ts';
import { playRolePlay, revealUntil, scoFrame } from './lib/learner.ts';
import { findPackage, harnessUrl, unzipToDeepPath } from './lib/packages.ts';

const { modules } = checkContent(process.cwd());
const MODULE = process.env.E2E_MODULE ?? 'dissatisfaction';
const module = modules.find((m) => m.id === MODULE)!;

const openRolePlay = (page: Page, frame: ReturnType<typeof scoFrame> | Page, scenarioId: string) =>
  revealUntil(page, frame, frame.locator(`role-play[data-scenario="${scenarioId}"]`));

for (const scenario of module.scenarios) {
  const outcomes = new Map<string, string[]>();
  for (const s of walkPaths(scenario).complete) {
    const outcome = scenario.endings.find((e) => e.id === s.ending)!.outcome;
    if (!outcomes.has(outcome)) outcomes.set(outcome, s.steps);
  }
  for (const [outcome, steps] of outcomes) {
    test(`${scenario.id}: played with the keyboard to a "${outcome}" ending in a hosted SCORM 2004 package`, async ({
      page,
    }) => {
      await page.goto(
        harnessUrl(unzipToDeepPath(findPackage(MODULE, 'scorm2004')), MODULE, 'scorm2004'),
      );
      const frame = scoFrame(page);
      const rp = await openRolePlay(page, frame, scenario.id);
      const planned = [...steps];
      await playRolePlay(page, rp, () => planned.shift()!);
      const titles = scenario.endings.filter((e) => e.outcome === outcome).map((e) => e.title);
      await expect(rp.locator('[data-ending] h4')).toBeFocused();
      expect(titles.some((t) => t.length > 0)).toBe(true);
      const shown = await rp.locator('[data-ending] h4').textContent();
      expect(titles.some((t) => shown!.endsWith(t))).toBe(true);
      await expect(rp.locator('[data-ending]')).toContainText('Debrief');
      const summary = await page.evaluate(() => (window as any).lms.summary());
      const decisions = steps.filter((s) => s !== CONTINUE);
      const rpInteractions = summary.interactions.filter((i: Record<string, string>) =>
        i.id.startsWith(`rp.${scenario.id}.`),
      );
      expect(rpInteractions.map((i: Record<string, string>) => i.learner_response)).toEqual(
        decisions,
      );
      const ratings = decisions.map(
        (d) => scenario.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === d)!.rating,
      );
      expect(rpInteractions.map((i: Record<string, string>) => i.result)).toEqual(
        ratings.map((r) => ({ strong: 'correct', acceptable: 'neutral', weak: 'incorrect' })[r]),
      );
      const trained = Object.entries(maxPointsPerCompetency(scenario))
        .filter(([, max]) => max > 0)
        .map(([id]) => id);
      expect(summary.objectives.map((o: Record<string, string>) => o.id).sort()).toEqual(
        trained.sort(),
      );
      expect(await page.evaluate(() => (window as any).lms.violations())).toEqual([]);
    });
  }
}

for (const [format, leave] of [
  ['scorm12', 'reload'],
  ['scorm12', 'relaunch'],
  ['scorm2004', 'relaunch'],
] as const) {
  test(`mid-scenario, a ${leave} (${format}) brings the learner back to the same node with the same meters`, async ({
    page,
  }) => {
    const scenario = module.scenarios[0];
    await page.goto(harnessUrl(unzipToDeepPath(findPackage(MODULE, format)), MODULE, format));
    const frame = scoFrame(page);
    const rp = await openRolePlay(page, frame, scenario.id);
    let taken = 0;
    await playRolePlay(page, rp, (offered) => {
      if (++taken > 4) throw new Error('stop');
      return offered[0];
    }).catch(() => {});
    const line = await rp.locator('[data-transcript] li').last().textContent();
    const meters = await rp.locator('.meter-value').allTextContents();
    const axe = await new AxeBuilder({ page })
      .include('#sco')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]); // mid-conversation, not only at the ending
    if (leave === 'reload') await page.reload();
    else await page.evaluate(() => (window as any).lms.relaunch());
    const again = scoFrame(page).locator(`role-play[data-scenario="${scenario.id}"]`);
    await expect(again.locator('[data-transcript] li').last()).toHaveText(line!);
    expect(await again.locator('.meter-value').allTextContents()).toEqual(meters);
    expect(await page.evaluate(() => (window as any).lms.violations())).toEqual([]);
  });
}

test('every module has a role-play that plays to an ending, with no CSP violation and axe clean on the ending', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      w.cspViolations ??= [];
      w.cspViolations.push(e.violatedDirective);
    }),
  );
  for (const m of modules) {
    await page.goto(`/en/${m.id}.html`);
    const rp = await openRolePlay(page, page, m.scenarios[0].id);
    await playRolePlay(page, rp);
    await expect(rp.locator('[data-ending]')).toBeVisible();
    expect(await page.evaluate(() => (window as any).cspViolations ?? [])).toEqual([]);
    const violations = (
      await new AxeBuilder({ page })
        .include(`role-play[data-scenario="${m.scenarios[0].id}"]`)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations;
    expect({ module: m.id, violations }).toEqual({ module: m.id, violations: [] });
  }
});

test('competency objectives add up both role-plays even when the second is played after a relaunch (SCORM 2004)', async ({
  page,
}) => {
  const [first, second] = module.scenarios;
  await page.goto(
    harnessUrl(unzipToDeepPath(findPackage(MODULE, 'scorm2004')), MODULE, 'scorm2004'),
  );
  const frame = scoFrame(page);
  await playRolePlay(page, await openRolePlay(page, frame, first.id));
  await page.evaluate(() => (window as any).lms.relaunch());
  await playRolePlay(page, await openRolePlay(page, scoFrame(page), second.id));
  const totals = new Map<string, { earned: number; max: number }>();
  for (const scenario of [first, second]) {
    const earned = bestPath(scenario).points;
    for (const [id, max] of Object.entries(maxPointsPerCompetency(scenario))) {
      const t = totals.get(id) ?? { earned: 0, max: 0 };
      totals.set(id, { earned: t.earned + Math.min(earned[id] ?? 0, max), max: t.max + max });
    }
  }
  const expected = Object.fromEntries(
    [...totals].filter(([, t]) => t.max > 0).map(([id, t]) => [id, (t.earned / t.max).toFixed(2)]),
  );
  const objectives = (await page.evaluate(() => (window as any).lms.summary())).objectives as Array<
    Record<string, string>
  >;
  expect(Object.fromEntries(objectives.map((o) => [o.id, o['score.scaled']]))).toEqual(expected);
});

test('an assessment-mode role-play holds all feedback until the ending, then explains every choice', async ({
  page,
}) => {
  const scenario = modules
    .flatMap((m) => m.scenarios.map((s) => ({ s, m: m.id })))
    .find(({ s }) => s.mode === 'assessment');
  expect(scenario, 'at least one scenario in the course uses mode: assessment').toBeDefined();
  const { s, m } = scenario!;
  await page.goto(`/en/${m}.html`);
  const rp = await openRolePlay(page, page, s.id);
  await expect(rp).toContainText('Feedback is held until the end');
  let taken = 0;
  await playRolePlay(page, rp, (offered) => {
    if (++taken > 3) throw new Error('pause mid-conversation');
    return offered[0];
  }).catch(() => {});
  await expect(rp.locator('[data-transcript] .rp-chosen')).not.toHaveCount(0);
  await expect(rp.locator('.rp-feedback')).toHaveCount(0); // nothing said about the choices so far
  await playRolePlay(page, rp, (offered) => offered[0]);
  const decisions = await rp.locator('[data-transcript] .rp-chosen').count();
  // Every choice explained at the end, folded in the debrief's timeline until the learner opens it.
  await expect(rp.locator('[data-ending] .rp-why')).toHaveCount(decisions);
  await rp.locator('[data-ending] .rp-why summary').first().click();
  await expect(rp.locator('[data-ending] .rp-why p').first()).toBeVisible();
});

test('focus follows the conversation after a step, but a learner who moved focus meanwhile keeps it', async ({
  page,
}) => {
  await page.goto(`/en/${MODULE}.html`);
  const rp = await openRolePlay(page, page, module.scenarios[0].id);
  const focused = await rp.evaluate(async (el) => {
    // One frame and one task: the element's own deferred focus move, queued first, has run by then.
    const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const step = () => el.querySelector<HTMLButtonElement>('[data-actions] button[data-step]')!;
    step().click();
    await settle();
    // The newest line: the last of the transcript's short lists (src/elements/transcript-parts.ts).
    const newest = el.querySelector('[data-transcript]')!.lastElementChild?.lastElementChild;
    const followed = document.activeElement === newest;
    step().click();
    const chosenByLearner = step(); // a quick Tab before the page moved focus
    chosenByLearner.focus();
    await settle();
    return { followed, kept: document.activeElement === chosenByLearner };
  });
  expect(focused).toEqual({ followed: true, kept: true });
});
