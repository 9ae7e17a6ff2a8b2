/**
 * Load bench of the live classroom on loopback, bounded in time (it stops by itself after 90 s at
 * most): the server runs in a child process, 200 simulated phones (ws clients) vote on 10
 * decisions, each phone once per decision at a random moment within 1 s, a quarter changing their
 * vote. Measures the time from a vote leaving a phone to the projector's count including it (p50,
 * p95), the server's memory after the run, and the phone page's weight (HTML + CSS + JS, gzip).
 * Prints JSON rows; `npm run bench` adds them to its table. `node scripts/bench-classroom.ts
 * [phones]`.
 *
 * Matching a vote to its count: every first vote adds one to the decision's total, so the k-th vote
 * sent is on screen once the projector has seen a total of k or more.
 */

import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WebSocket } from 'ws';
import { newToken } from '#src/classroom/room-code.ts';
import { startClassroom } from '#src/classroom/server.ts';

const DECISIONS = 10;
const SPREAD_MS = 1000;
const LIMIT_MS = 90_000;

type Json = Record<string, unknown> & { t: string };

function open(port: number): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/classroom/socket`);
  return new Promise((ok, fail) => ws.once('open', () => ok(ws)).once('error', fail));
}

const nextMessage = (ws: WebSocket, t: string): Promise<Json> =>
  new Promise((resolve) => {
    const on = (data: Buffer) => {
      const m = JSON.parse(String(data)) as Json;
      if (m.t !== t) return;
      ws.off('message', on);
      resolve(m);
    };
    ws.on('message', on);
  });

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function phonePageBytes(site: string): number {
  const html = readFileSync(join(site, 'join.html'), 'utf8');
  const files = [
    ...html.matchAll(/(?:src|href)="\.?\/?(_astro\/[A-Za-z0-9._-]+\.(?:js|css))"/g),
  ].map((m) => m[1]);
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  return (
    gz(html) + [...new Set(files)].reduce((sum, f) => sum + gz(readFileSync(join(site, f))), 0)
  );
}

async function main(phoneCount: number) {
  const site = join(process.cwd(), 'dist', 'site');
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], {
    execArgv: ['--expose-gc'],
    cwd: site,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const stop = setTimeout(() => {
    console.error('classroom bench: stopped after 90 s');
    child.kill();
    process.exit(1);
  }, LIMIT_MS);
  const { port, code, key } = await new Promise<{ port: number; code: string; key: string }>((r) =>
    child.once('message', (m) => r(m as { port: number; code: string; key: string })),
  );
  const host = await open(port);
  host.send(JSON.stringify({ t: 'host', key }));
  await nextMessage(host, 'room');
  const phones = await Promise.all(
    Array.from({ length: phoneCount }, async () => {
      const ws = await open(port);
      const joined = nextMessage(ws, 'joined');
      ws.send(JSON.stringify({ t: 'join', code, token: newToken() }));
      await joined;
      return ws;
    }),
  );
  const latencies: number[] = [];
  for (let d = 0; d < DECISIONS; d++) {
    const id = `${d}-n_bench`;
    const choices = ['a', 'b', 'c', 'd'].map((c) => ({ id: `c_${c}`, text: `Choice ${c}` }));
    const shown = phones.map((ws) => nextMessage(ws, 'show'));
    host.send(
      JSON.stringify({
        t: 'show',
        decision: { id, speaker: 'Sam', line: `Decision ${d}`, choices },
        open: true,
      }),
    );
    await Promise.all(shown);
    const sent: number[] = [];
    const seen: Array<{ at: number; total: number }> = [];
    const onCount = (data: Buffer) => {
      const m = JSON.parse(String(data)) as {
        t: string;
        decision: string;
        counts: Record<string, number>;
      };
      if (m.t === 'count' && m.decision === id)
        seen.push({
          at: performance.now(),
          total: Object.values(m.counts).reduce((a, b) => a + b, 0),
        });
    };
    host.on('message', onCount);
    await Promise.all(
      phones.map(
        (ws, i) =>
          new Promise<void>((done) =>
            setTimeout(() => {
              const vote = (choice: string) =>
                ws.send(JSON.stringify({ t: 'vote', decision: id, choice }));
              sent.push(performance.now());
              vote(choices[i % 4].id);
              if (i % 4 === 0) setTimeout(() => vote(choices[(i + 1) % 4].id), 200);
              done();
            }, Math.random() * SPREAD_MS),
          ),
      ),
    );
    while (!seen.some((s) => s.total >= phoneCount)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 250)); // the changed votes land too
    host.off('message', onCount);
    sent.sort((a, b) => a - b);
    sent.forEach((at, k) => {
      const shownAt = seen.find((s) => s.total >= k + 1)!.at;
      latencies.push(shownAt - at);
    });
  }
  child.send('memory');
  const { memory } = await new Promise<{ memory: NodeJS.MemoryUsage }>((r) =>
    child.once('message', (m) => r(m as { memory: NodeJS.MemoryUsage })),
  );
  for (const ws of [host, ...phones]) ws.terminate();
  child.kill();
  clearTimeout(stop);
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => Number(v.toFixed(1));
  const mb = (v: number) => Number((v / 2 ** 20).toFixed(1));
  const label = `${phoneCount} phones, ${DECISIONS} decisions`;
  console.log(
    JSON.stringify([
      {
        what: `classroom vote→projector p50 (${label})`,
        value: ms(quantile(latencies, 0.5)),
        unit: 'ms',
      },
      {
        what: `classroom vote→projector p95 (${label})`,
        value: ms(quantile(latencies, 0.95)),
        budget: 200,
        unit: 'ms',
      },
      { what: 'classroom server RSS after the run', value: mb(memory.rss), unit: 'MB' },
      { what: 'classroom server heap used after the run', value: mb(memory.heapUsed), unit: 'MB' },
      {
        what: 'classroom phone page (HTML+CSS+JS gzip)',
        value: phonePageBytes(site),
        budget: 30 * 1024,
        unit: 'B',
      },
    ]),
  );
}

if (process.argv[2] === '--serve') {
  // The child: the server alone, so its memory is its own.
  const room = await startClassroom({ siteDir: process.cwd(), port: 0 });
  process.send!({ port: room.port, code: room.hub.room.code, key: room.hub.room.key });
  // Gone with its parent, whatever way the parent ended.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (m) => {
    if (m === 'memory') {
      global.gc?.();
      process.send!({ memory: process.memoryUsage() });
    }
  });
} else await main(Number(process.argv[2]) || 200);
