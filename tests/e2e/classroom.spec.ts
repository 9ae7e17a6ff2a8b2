/**
 * The live classroom in real browsers: one context is the projector, others are phones. The spec
 * starts its own classroom server on a free loopback port over the built site (dist/site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { displayCode } from '#src/classroom/room-code.ts';
import { type Classroom, startClassroom } from '#src/classroom/server.ts';
import { checkContent } from '#src/course/check-content.ts';
import { displayedChoices } from '#src/course/display-order.ts';
import { classroomStrings } from '#src/i18n/classroom.ts';
import { CONTINUE, isContinue, next, start } from '#src/roleplay/engine.ts';

const { course, modules } = checkContent(process.cwd());
const scenario = modules[0].scenarios[0];
const ui = classroomStrings(course!.languages[0]);
let room: Classroom;

test.beforeAll(async () => {
  room = await startClassroom({ siteDir: join(process.cwd(), 'dist', 'site'), port: 0 });
});
test.afterAll(() => room.close());

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

async function projector(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(room.projectorUrl);
  await expect(page.locator('.room-code')).toContainText(displayCode(room.hub.room.code));
  // The key left the address bar as soon as the page kept it.
  expect(page.url()).not.toContain('#key=');
  return page;
}

async function phone(browser: Browser, code = room.hub.room.code.toLowerCase()) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${room.port}/`);
  await page.getByLabel(ui.phoneCodeLabel).fill(code);
  await page.getByRole('button', { name: ui.phoneJoin }).click();
  return page;
}

/** The projector plays on (narration) to the first decision; returns its displayed choices. */
async function toFirstDecision(page: Page) {
  await expect(page.locator('[data-classroom] .room-code')).toBeVisible();
  let state = start(scenario);
  while (isContinue(scenario, state)) {
    await page.keyboard.press('n');
    state = next(scenario, state, CONTINUE);
  }
  return displayedChoices(scenario, state);
}

const choiceButton = (page: Page, n: number) => page.locator('.phone-choice').nth(n - 1);

test(
  'phones join by code and vote live; a vote changes until the facilitator closes it; reveal ' +
    'and next reach the phones',
  async ({ browser }) => {
    const screen = await projector(browser);
    const phones = [await phone(browser), await phone(browser), await phone(browser)];
    for (const p of phones) await expect(p.locator('[data-status]')).toHaveText(ui.phoneWaiting);
    await expect(screen.locator('.room-phones')).toHaveText('3 phones joined');
    expect(await axe(phones[0])).toEqual([]);
    expect(await axe(screen)).toEqual([]);
    await screen.screenshot({ path: 'test-results/screens/classroom-room.png' });

    await screen
      .getByRole('link', { name: new RegExp(scenario.title) })
      .first()
      .click();
    await expect(screen.locator('[data-classroom]')).toBeVisible();
    const choices = await toFirstDecision(screen);
    for (const p of phones) await expect(p.locator('.phone-choice')).toHaveCount(choices.length);
    await expect(phones[0].locator('[data-line]')).not.toBeEmpty();

    await choiceButton(phones[0], 1).click();
    await choiceButton(phones[1], 1).click();
    await choiceButton(phones[2], 2).click();
    await expect(choiceButton(phones[1], 1)).toHaveAttribute('aria-pressed', 'true');
    // The second phone changes its mind.
    await choiceButton(phones[1], 2).click();
    await expect(choiceButton(phones[1], 2)).toHaveAttribute('aria-pressed', 'true');
    await expect(choiceButton(phones[1], 1)).toHaveAttribute('aria-pressed', 'false');
    const field = (n: number) => screen.locator(`input[data-vote="${choices[n - 1].id}"]`);
    await expect(field(1)).toHaveValue('1');
    await expect(field(2)).toHaveValue('2');
    await expect(screen.locator('[data-live-status]')).toContainText('3 votes');
    await phones[1].screenshot({ path: 'test-results/screens/classroom-phone.png' });
    await screen.screenshot({ path: 'test-results/screens/classroom-projector.png' });

    // Closed: the phones can no longer vote, and the counts stay.
    await screen.keyboard.press('v');
    for (const p of phones) await expect(choiceButton(p, 1)).toBeDisabled();
    await expect(phones[1].locator('[data-status]')).toHaveText(
      ui.phoneClosedMine.replace('{n}', '2'),
    );
    expect(room.hub.room.counts()).toMatchObject({ [choices[0].id]: 1, [choices[1].id]: 2 });
    expect(await axe(phones[1])).toEqual([]);
    expect(await axe(screen)).toEqual([]);

    // Reveal the room's choice, then go on: the phones follow.
    await screen.keyboard.press('2');
    await screen.keyboard.press('r');
    await expect(phones[0].locator('[data-status]')).toHaveText(
      ui.phoneRoomChose.replace('{n}', '2'),
    );
    await expect(phones[0].locator('.room-choice')).toHaveCount(1);
    const firstLine = await phones[0].locator('[data-line]').textContent();
    await screen.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await phones[0].locator('[data-vote]').isHidden())
          ? 'waiting'
          : await phones[0].locator('[data-line]').textContent(),
      )
      .not.toBe(firstLine);
    // The counts can be kept: counts only, no phone's token.
    const [saved] = await Promise.all([
      screen.waitForEvent('download'),
      screen.getByRole('button', { name: ui.roomExport }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await saved.path(), 'utf8')) as {
      decisions: Array<{ choices: Array<{ id: string; votes: number }> }>;
    };
    expect(exported.decisions[0].choices.map((c) => c.votes)).toEqual(
      choices.map((_, i) => [1, 2][i] ?? 0),
    );
    expect(JSON.stringify(exported)).not.toMatch(/token/);
    for (const p of phones) await p.context().close();
    await screen.context().close();
  },
);

test('a wrong code is refused, with the reason, and the phone can try again', async ({
  browser,
}) => {
  const p = await phone(browser, 'ZZZ-ZZZ');
  await expect(p.locator('[data-error]')).toHaveText(ui.phoneBadCode);
  await expect(p.locator('[data-vote]')).toBeHidden();
  expect(await axe(p)).toEqual([]);
  await p.screenshot({ path: 'test-results/screens/classroom-phone-refused.png' });
  await p.getByLabel(ui.phoneCodeLabel).fill(displayCode(room.hub.room.code));
  await p.getByRole('button', { name: ui.phoneJoin }).click();
  await expect(p.locator('[data-status]')).not.toBeEmpty();
  await expect(p.locator('[data-join]')).toBeHidden();
  await p.context().close();
});

test('a phone cannot send facilitator commands', async ({ browser }) => {
  const p = await phone(browser);
  await expect(p.locator('[data-join]')).toBeHidden();
  const before = room.hub.room.current;
  const answer = await p.evaluate(
    (code) =>
      new Promise<string[]>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/classroom/socket`);
        const got: string[] = [];
        ws.onopen = () => {
          ws.send(JSON.stringify({ t: 'join', code, token: 'phone-hijacker-0000000' }));
          ws.send(
            JSON.stringify({
              t: 'show',
              open: true,
              decision: {
                id: '0-x',
                speaker: '',
                line: 'hijack',
                choices: [{ id: 'a', text: 'a' }],
              },
            }),
          );
          ws.send(JSON.stringify({ t: 'export' }));
        };
        ws.onmessage = (e) => {
          got.push(JSON.parse(e.data).reason ?? JSON.parse(e.data).t);
          if (got.length === 4) resolve(got);
        };
      }),
    room.hub.room.code,
  );
  expect(answer).toEqual(['joined', 'show', 'not-allowed', 'not-allowed']);
  expect(room.hub.room.current).toEqual(before);
  await p.context().close();
});

test('a phone that drops reconnects by itself and keeps its vote', async ({ browser }) => {
  const screen = await projector(browser);
  await screen
    .getByRole('link', { name: new RegExp(scenario.title) })
    .first()
    .click();
  await toFirstDecision(screen);
  // This phone scanned the QR code: the address holds the code, so it joins at once.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  const p = await context.newPage();
  await p.goto(room.joinUrl);
  await choiceButton(p, 1).click();
  await expect(choiceButton(p, 1)).toHaveAttribute('aria-pressed', 'true');
  // The server drops every phone (as a Wi-Fi hiccup would).
  const peers = (room.hub as unknown as { peers: Map<{ terminate(): void }, { role: string }> })
    .peers;
  for (const [socket, peer] of peers) if (peer.role === 'phone') socket.terminate();
  await expect(p.locator('[data-status]')).toHaveText(ui.phoneReconnecting);
  await expect(choiceButton(p, 1)).toBeEnabled({ timeout: 10_000 });
  await expect(choiceButton(p, 1)).toHaveAttribute('aria-pressed', 'true');
  await p.context().close();
  await screen.context().close();
});
