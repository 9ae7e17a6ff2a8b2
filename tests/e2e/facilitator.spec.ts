import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { staticServer } from '#scripts/lib/static-server.ts';
import { checkContent } from '#src/course/check-content.ts';
import { displayedChoices } from '#src/course/display-order.ts';
import { CONTINUE, isContinue, next, type PlayState, start } from '#src/roleplay/engine.ts';
import { bestPath } from '#src/roleplay/paths.ts';
import type { Scenario } from '#src/schemas/scenario.ts';

const { modules } = checkContent(process.cwd());
const scenario = modules[0].scenarios[0];
const axe = async (page: import('@playwright/test').Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

test(
  'projector mode: the room plays a scenario with the keyboard, goes back, and the debrief ' +
    'shows its path',
  async ({ page }) => {
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
          // Explore the road not taken first: pick the displayed option 1 (not the planned one),
          // reveal, then go back.
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
  },
);

/** Every box inside the viewport (a 1 px tolerance for rounding). */
async function outside(page: import('@playwright/test').Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1,
      )
      .map(({ e, r }) => `${e.className}: ${Math.round(r.bottom)} > ${innerHeight}`),
  );
}

/**
 * Keys that take the projector to the decision whose words fill the screen most, and the choice to
 * reveal there.
 */
function fullestMoment(s: Scenario) {
  const size = (st: PlayState) => {
    const choices = displayedChoices(s, st);
    const node = s.nodes.find((n) => n.id === st.at)!;
    return (
      node.text.length +
      choices.reduce((n, c) => n + c.text.length, 0) +
      Math.max(...choices.map((c) => c.feedback.length))
    );
  };
  const queue = [{ st: start(s), keys: [] as string[] }];
  const seen = new Set<string>();
  let best = { keys: [] as string[], size: -1, st: start(s) };
  while (queue.length) {
    const { st, keys } = queue.shift()!;
    if (st.ending || seen.has(st.at)) continue;
    seen.add(st.at);
    if (isContinue(s, st)) {
      queue.push({ st: next(s, st, CONTINUE), keys: [...keys, 'n'] });
      continue;
    }
    if (size(st) > best.size) best = { keys, size: size(st), st };
    displayedChoices(s, st).forEach((c, i) => {
      queue.push({ st: next(s, st, c.id), keys: [...keys, String(i + 1), 'r', 'n'] });
    });
  }
  const choices = displayedChoices(s, best.st);
  const longest = choices.reduce((a, c) => (c.feedback.length > a.feedback.length ? c : a));
  return { keys: best.keys, at: best.st.at, reveal: String(choices.indexOf(longest) + 1) };
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
]) {
  test(
    `projector at ${width}×${height}: every choice and the revealed consequence fit on ` +
      `screen, type readable from the back`,
    async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      for (const s of modules.flatMap((m) => m.scenarios)) {
        const moment = fullestMoment(s);
        await page.goto(`/facilitator/play/${s.id}.html`);
        for (const key of moment.keys) await page.keyboard.press(key);
        await page.keyboard.press(moment.reveal);
        await page.keyboard.press('r');
        await expect(page.locator('.projector .rp-feedback')).toBeVisible();
        const out = await outside(
          page,
          '.choice, .rp-feedback, .vote, .rp-line, .rp-meter label, .rp-meter meter, .meter-value',
        );
        expect({ s: s.id, at: moment.at, out }).toEqual({ s: s.id, at: moment.at, out: [] });
        if (width === 1920) {
          const sizes = await page
            .locator('.choice-text, .rp-feedback p:not(.rp-rating), .rp-text')
            .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
        }
      }
    },
  );
}

test(
  'projector meters read from the back of the room: large bold words, thick aligned bars, ' +
    'one row each',
  async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/facilitator/play/fine_check_in.html');
    await page.keyboard.press('n');
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    const meters = page.locator('.projector .rp-meter');
    await expect(meters.first().locator('meter')).toBeVisible();
    const rows = await meters.evaluateAll((els) =>
      els.map((m) => {
        const box = (s: string) => m.querySelector(s)!.getBoundingClientRect();
        const style = getComputedStyle(m.querySelector('label')!);
        return {
          label: box('label'),
          bar: box('meter'),
          value: box('.meter-value'),
          size: Number.parseFloat(style.fontSize),
          weight: Number(style.fontWeight),
          colour: style.color,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const [i, row] of rows.entries()) {
      expect(row.size).toBeGreaterThanOrEqual(24);
      expect(row.weight).toBeGreaterThanOrEqual(700);
      expect(row.colour).toBe('rgb(17, 17, 17)');
      expect(row.bar.height).toBeGreaterThanOrEqual(24);
      // Name, bar and value side by side on one row, the bars starting at one x.
      expect(row.bar.left).toBeGreaterThanOrEqual(row.label.right);
      expect(row.value.left).toBeGreaterThanOrEqual(row.bar.right);
      expect(
        Math.abs(row.bar.top + row.bar.height / 2 - (row.label.top + row.label.height / 2)),
      ).toBeLessThan(6);
      expect(row.bar.left).toBe(rows[0].bar.left);
      if (i > 0) expect(row.label.top).toBeGreaterThanOrEqual(rows[i - 1].label.bottom);
    }
    expect(await axe(page)).toEqual([]);
  },
);

test(
  'projector debrief: the ending heading is the largest, above smaller section ' + 'headings',
  async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/facilitator/play/${scenario.id}.html`);
    let state = start(scenario);
    for (const step of bestPath(scenario).steps) {
      if (step === CONTINUE) await page.keyboard.press('n');
      else {
        const position = displayedChoices(scenario, state).findIndex((c) => c.id === step) + 1;
        for (const key of [String(position), 'r', 'n']) await page.keyboard.press(key);
      }
      state = next(scenario, state, step);
    }
    const size = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.projector-ending')).toBeGreaterThan(await size('.projector-debrief h3'));
    expect(await size('.projector-ending')).toBeGreaterThan(await size('.projector h1'));
  },
);

test(
  'projector: each vote field has a visible label, the help is a modal dialog over a dimmed ' +
    'page',
  async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/facilitator/play/${scenario.id}.html`);
    while ((await page.locator('.projector .choice').count()) === 0) await page.keyboard.press('n');
    const first = page.getByRole('spinbutton', { name: 'Votes for option 1' });
    await expect(first).toBeVisible();
    await expect(page.locator('.vote-field').first()).toContainText('Votes');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    const backdrop = await help.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
    expect(backdrop).toMatch(/rgba\(0, 0, 0, 0\.[4-9]/);
    // Keys other than help do nothing behind the dialog.
    await page.keyboard.press('1');
    await expect(page.locator('.choice.picked')).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
  },
);

test(
  'projector records vote counts and shows them in the debrief, with the split of each ' + 'vote',
  async ({ page }) => {
    await page.goto(`/facilitator/play/${scenario.id}.html`);
    let state = start(scenario);
    let other: string | undefined;
    for (const step of bestPath(scenario).steps) {
      if (step === CONTINUE) await page.keyboard.press('n');
      else {
        const position = displayedChoices(scenario, state).findIndex((c) => c.id === step) + 1;
        if (!other) {
          // At the first decision, 3 votes go to another choice: the debrief shows that split too.
          const index = position === 1 ? 1 : 0;
          other = displayedChoices(scenario, state)[index].text;
          await page.locator('input.vote').nth(index).fill('3');
          await page.locator('input.vote').nth(index).press('Tab');
        }
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
    await expect(page.locator('.group-path > li').first()).toContainText('(7 votes)');
    await expect(page.locator('.group-path > li').first().locator('.vote-split li')).toHaveText([
      `${other} (3 votes)`,
    ]);
  },
);

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

test(
  'the kit works from a URL prefix, as when dist/site is put in a subfolder of a web ' + 'server',
  async ({ page }) => {
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
          name:
            `Role cards and observer sheets ` +
            `for ${modules[0].text[Object.keys(modules[0].text)[0]].meta.title}`,
          exact: true, // not its PDFs, whose names start the same
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
  },
);
