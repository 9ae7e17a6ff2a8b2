/**
 * The classroom server with real sockets on loopback: joining by code, what a phone may not do,
 * and bad input (oversized, malformed, floods) refused without touching the room.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { newToken } from '#src/classroom/room-code.ts';
import { type Classroom, lanAddress, startClassroom } from '#src/classroom/server.ts';

const site = mkdtempSync(join(tmpdir(), 'classroom-site-'));
writeFileSync(join(site, 'join.html'), '<p>join</p>');
writeFileSync(join(site, 'secret.html'), '<p>kit</p>');

let room: Classroom;
beforeAll(async () => {
  room = await startClassroom({ siteDir: site, port: 0 });
});
afterAll(() => room.close());
// The join limit is per address and every test socket is 127.0.0.1: each test starts with none.
afterEach(() =>
  (
    room.hub as unknown as { perAddress: { failures: Map<string, number[]> } }
  ).perAddress.failures.clear(),
);

type Message = Record<string, unknown> & { t: string };

/** A socket that records what it receives; `next(t)` waits for the next message of that type. */
async function client(headers: Record<string, string> = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${room.port}/classroom/socket`, { headers });
  const inbox: Message[] = [];
  const waiting: Array<() => void> = [];
  ws.on('message', (d) => {
    inbox.push(JSON.parse(String(d)));
    for (const w of waiting.splice(0)) w();
  });
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  const next = async (t: string): Promise<Message> => {
    for (;;) {
      const i = inbox.findIndex((m) => m.t === t);
      if (i >= 0) return inbox.splice(i, 1)[0];
      await new Promise<void>((r) => waiting.push(r));
    }
  };
  const send = (m: unknown) => ws.send(typeof m === 'string' ? m : JSON.stringify(m));
  const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
  return { ws, inbox, next, send, closed };
}

const code = () => room.hub.room.code;
const key = () => room.hub.room.key;
const decision = {
  id: '0-n_start',
  speaker: 'Sam',
  line: 'Where is my order?',
  choices: [
    { id: 'c_calm', text: 'Let me look.' },
    { id: 'c_cold', text: 'Not my job.' },
  ],
};

async function host() {
  const h = await client();
  h.send({ t: 'host', key: key() });
  const info = await h.next('room');
  return { ...h, info };
}

async function phone(token = newToken()) {
  const p = await client();
  p.send({ t: 'join', code: code().toLowerCase(), token });
  await p.next('joined');
  // Joining shows what is on screen now, with this phone's own vote on it.
  const first = await p.next('show');
  return { ...p, token, first };
}

describe('classroom server', () => {
  it('gives the projector the code, the join address and a QR code as SVG', async () => {
    const h = await host();
    expect(h.info.code).toBe(code());
    expect(h.info.join).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\.html#[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(h.info.qr).toMatch(/^<svg[^>]*viewBox/);
    expect(h.info.lan).toBe(false);
    h.ws.close();
  });

  it(
    'counts phone votes live, lets a vote change, refuses it once closed, keeps it across a ' +
      'reconnect',
    async () => {
      const h = await host();
      const a = await phone();
      const b = await phone();
      h.send({ t: 'show', decision, open: true });
      await a.next('show');
      a.send({ t: 'vote', decision: decision.id, choice: 'c_calm' });
      b.send({ t: 'vote', decision: decision.id, choice: 'c_calm' });
      await a.next('voted');
      await b.next('voted');
      b.send({ t: 'vote', decision: decision.id, choice: 'c_cold' });
      await b.next('voted');
      await expect
        .poll(async () => (await h.next('count')).counts)
        .toEqual({ c_calm: 1, c_cold: 1 });
      h.send({ t: 'show', decision, open: false });
      expect((await a.next('show')).open).toBe(false);
      a.send({ t: 'vote', decision: decision.id, choice: 'c_cold' });
      expect(await a.next('refused')).toEqual({ t: 'refused', reason: 'not-open' });
      expect(room.hub.room.counts()).toEqual({ c_calm: 1, c_cold: 1 });
      // A phone that drops comes back with its token, and sees its own vote again.
      b.ws.terminate();
      const again = await phone(b.token);
      expect(again.first).toMatchObject({
        decision: { id: decision.id },
        open: false,
        mine: 'c_cold',
      });
      for (const c of [h, a, again]) c.ws.close();
    },
  );

  it(
    'refuses a wrong code, then every try from that address for a minute, whatever the ' + 'socket',
    async () => {
      const first = await client();
      const second = await client();
      for (const p of [first, second])
        for (let i = 0; i < 5; i++) {
          p.send({ t: 'join', code: 'ZZZZZZ', token: newToken() });
          expect(await p.next('refused')).toEqual({ t: 'refused', reason: 'bad-code' });
        }
      second.send({ t: 'join', code: code(), token: newToken() });
      expect(await second.next('refused')).toEqual({ t: 'refused', reason: 'too-many-tries' });
      for (const p of [first, second]) p.ws.close();
    },
  );

  it('lets no phone, and no one without the key, send facilitator commands', async () => {
    const p = await phone();
    p.send({ t: 'show', decision: { ...decision, id: '9-hijack' }, open: true });
    expect(await p.next('refused')).toEqual({ t: 'refused', reason: 'not-allowed' });
    p.send({ t: 'host', key: 'x'.repeat(43) });
    expect(await p.next('refused')).toEqual({ t: 'refused', reason: 'not-allowed' });
    p.send({ t: 'export' });
    expect(await p.next('refused')).toEqual({ t: 'refused', reason: 'not-allowed' });
    expect(room.hub.room.current.decision?.id).not.toBe('9-hijack');
    p.ws.close();
  });

  it(
    'closes only the socket that sends an oversized frame; refuses malformed JSON and ' + 'binary',
    async () => {
      const h = await host();
      const bystander = await phone();
      const big = await phone();
      big.send('x'.repeat(20_000));
      expect(await big.closed).toBe(1009);
      const bad = await phone();
      bad.send('{"t":"vote",');
      expect(await bad.next('refused')).toEqual({ t: 'refused', reason: 'bad-message' });
      bad.ws.send(Buffer.from([1, 2, 3]), { binary: true });
      expect(await bad.next('refused')).toEqual({ t: 'refused', reason: 'bad-message' });
      h.send({ t: 'show', decision, open: true });
      await bystander.next('show');
      bystander.send({ t: 'vote', decision: decision.id, choice: 'c_calm' });
      expect(await bystander.next('voted')).toMatchObject({ choice: 'c_calm' });
      for (const c of [h, bystander, bad]) c.ws.close();
    },
  );

  it('slows a flooding phone down, then disconnects it; the room goes on', async () => {
    const h = await host();
    h.send({ t: 'show', decision, open: true });
    const flood = await phone();
    const calm = await phone();
    for (let i = 0; i < 200; i++)
      flood.send({ t: 'vote', decision: decision.id, choice: 'c_cold' });
    expect(await flood.closed).toBe(1008);
    expect(flood.inbox.some((m) => m.t === 'refused' && m.reason === 'slow-down')).toBe(true);
    calm.send({ t: 'vote', decision: decision.id, choice: 'c_calm' });
    expect(await calm.next('voted')).toMatchObject({ choice: 'c_calm' });
    for (const c of [h, calm]) c.ws.close();
  });

  it('refuses a socket opened from another site’s page, and other paths', async () => {
    await expect(client({ origin: 'http://evil.example' })).rejects.toThrow(/403/);
    const res = await fetch(`http://127.0.0.1:${room.port}/`, { redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/join.html');
  });

  it('exports counts only, on the projector’s request', async () => {
    const h = await host();
    h.send({ t: 'export' });
    const exported = await h.next('export');
    expect(JSON.stringify(exported)).not.toMatch(/token|[A-Za-z0-9_-]{22}"/);
    expect((exported.decisions as unknown[]).length).toBeGreaterThan(0);
    h.ws.close();
  });

  it.skipIf(!lanAddress())(
    'on the LAN, gives another address the join page only, never the kit',
    async () => {
      const lan = await startClassroom({ siteDir: site, port: 0, lan: true });
      try {
        const base = `http://${lanAddress()}:${lan.port}`;
        expect(lan.joinUrl.startsWith(`${base}/join.html#`)).toBe(true);
        expect((await fetch(`${base}/join.html`)).status).toBe(200);
        expect((await fetch(`${base}/secret.html`)).status).toBe(404);
        expect((await fetch(`http://127.0.0.1:${lan.port}/secret.html`)).status).toBe(200);
      } finally {
        await lan.close();
      }
    },
  );
});
