import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { staticServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/course/check-content.ts';
import { displayedChoices } from '../../src/course/display-order.ts';
import { CONTINUE, next, start } from '../../src/roleplay/engine.ts';
import { bestPath } from '../../src/roleplay/paths.ts';

const { modules } = checkContent(process.cwd());
const scenario = modules[0].scenarios[0];
const axe = async (page: import('@playwright/test').Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

test('projector mode: the room plays a scenario with the keyboard, goes back, and the debrief shows its path', async ({
  page,
}) => {
  await page.goto(`/facilitator/play/${scenario.id}.html`);
  await expect(page.locator('h1')).toHaveText(scenario.title);
  await page.keyboard.press('?');
  await expect(page.locator('[data-help]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-help]')).toBeHidden();

  const planned = bestPath(scenario).steps;
  let state = start(scenario);
  let explored = false;
  for (const step of planned) {
    if (step === CONTINUE) {
      await page.keyboard.press('n');
    } else {
      const position = displayedChoices(scenario, state).findIndex((c) => c.id === step) + 1;
      if (!explored && position !== 1) {
        // Explore the road not taken first: pick the displayed option 1 (not the planned one), reveal, then go back.
        await page.keyboard.press('1');
        await page.keyboard.press('r');
        await expect(page.locator('.rp-feedback')).toBeVisible();
        await page.keyboard.press('b');
        await expect(page.locator('.rp-feedback')).toHaveCount(0);
        explored = true;
      }
      await page.keyboard.press(String(position));
      await expect(page.locator('.choice.picked')).toHaveCount(1);
      await page.keyboard.press('r');
      await expect(page.locator('.rp-feedback')).toBeVisible();
      await page.keyboard.press('Enter');
    }
    state = next(scenario, state, step);
  }
  const ending = scenario.endings.find((e) => e.id === state.ending)!;
  await expect(page.locator('.projector-ending')).toContainText(ending.title);
  const taken = planned
    .filter((s) => s !== CONTINUE)
    .map((id) => scenario.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === id)!.text);
  await expect(page.locator('.group-path li')).toHaveText(taken);
  // Back from the debrief returns to the last decision, with its choices on screen.
  await page.keyboard.press('b');
  await expect(page.locator('.projector-ending')).toHaveCount(0);
  await expect(page.locator('.choice').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('projector records vote counts and shows them in the debrief', async ({ page }) => {
  await page.goto(`/facilitator/play/${scenario.id}.html`);
  let state = start(scenario);
  for (const step of bestPath(scenario).steps) {
    if (step === CONTINUE) await page.keyboard.press('n');
    else {
      const position = displayedChoices(scenario, state).findIndex((c) => c.id === step) + 1;
      await page
        .locator('input.vote')
        .nth(position - 1)
        .fill('7');
      await page
        .locator('input.vote')
        .nth(position - 1)
        .press('Tab');
      await page.locator('body').press(String(position));
      await page.keyboard.press('r');
      await page.keyboard.press('n');
    }
    state = next(scenario, state, step);
  }
  await expect(page.locator('.group-path li').first()).toContainText('(7 votes)');
});

test('facilitator pages pass axe', async ({ page }) => {
  test.setTimeout(180_000); // the session plans page holds every plan: axe takes a while on 2 cores
  for (const path of [
    '/facilitator.html',
    '/facilitator/agendas.html',
    `/facilitator/cards/${modules[0].id}.html`,
    `/facilitator/guide/${modules[0].id}.html`,
    `/en/maps/${modules[0].id}.html`,
    '/index.html',
  ]) {
    await page.goto(path);
    expect({ path, violations: await axe(page) }).toEqual({ path, violations: [] });
  }
});

test('the kit works from a URL prefix, as when dist/site is put in a subfolder of a web server', async ({
  page,
}) => {
  const prefix = '/training/kits/burnout/';
  const server = staticServer([[prefix, 'dist/site']]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') failed.push(m.text());
  });
  try {
    await page.goto(`${base}facilitator.html`);
    await page
      .getByRole('link', {
        name: `Role cards and observer sheets for ${modules[0].text[Object.keys(modules[0].text)[0]].meta.title}`,
      })
      .click();
    await expect(page.locator('.print-card').first()).toHaveCSS('border-top-style', 'solid');
    await page.goto(`${base}facilitator/play/${scenario.id}.html`);
    await expect(page.locator('[data-stage]')).not.toBeEmpty();
    await page.keyboard.press('?');
    await expect(page.locator('[data-help]')).toBeVisible();
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});
