/**
 * The network between a cmi5 AU and the in-memory LRS, for unit tests: every fetch is routed to
 * the LRS, optionally after a latency, and the page can close in the middle of a request. A closed
 * page runs no more code: no answer reaches it, and only keepalive requests still leave.
 */
import { vi } from 'vitest';
import { type LaunchRequest, MemoryLrs } from '#src/harness/memory-lrs.ts';
import { Cmi5Adapter } from '#src/tracking/adapters/cmi5/cmi5-adapter.ts';
import { readCmi5Launch } from '#src/tracking/adapters/cmi5/launch.ts';
import type { InteractionRecord, TrackingSnapshot } from '#src/tracking/types.ts';

export const BASE = 'http://127.0.0.1:9/lrs/';
export const AU = 'https://learning.example.org/courses/burnout/foundations';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const settle = () => sleep(0);
const never = () => new Promise<Response>(() => {});
/** The Fetch standard's limit on keepalive request bodies in flight at once, per page. */
const KEEPALIVE_QUOTA = 64 * 1024;

/**
 * What happens to a request that is on its way when the page closes: `lost` never reaches the LRS;
 * `arrived` is stored but its answer never comes back.
 */
export type InTransit = 'lost' | 'arrived';

export function withLrs() {
  const lrs = new MemoryLrs(BASE);
  const net = {
    latencyMs: 0,
    closed: false,
    inTransit: 'lost' as InTransit,
    requests: [] as string[],
  };
  const deliver = (input: string, init: RequestInit) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const url = new URL(input);
    net.requests.push(`${init.method ?? 'GET'} ${url.pathname.split('/').pop()}`);
    const answer = lrs.handle(init.method ?? 'GET', url, headers, String(init.body ?? ''));
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  };
  let keepaliveInFlight = 0;
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    if (net.closed && !init.keepalive) return never(); // a closed page starts nothing more
    // As browsers do: a keepalive request that would take the bodies in flight past 64 KiB fails.
    const size = init.keepalive ? new TextEncoder().encode(String(init.body ?? '')).length : 0;
    if (keepaliveInFlight + size > KEEPALIVE_QUOTA) throw new TypeError('Failed to fetch');
    keepaliveInFlight += size;
    try {
      if (net.latencyMs) await sleep(net.latencyMs);
      if (net.closed && !init.keepalive) {
        if (net.inTransit === 'arrived') deliver(input, init);
        return never();
      }
      const response = deliver(input, init);
      // A keepalive request outlives the page, but the page is gone: nobody reads the answer.
      return net.closed ? never() : response;
    } finally {
      keepaliveInFlight -= size;
    }
  });
  /** The page goes away, as on pagehide: requests on their way are lost (or arrive unanswered). */
  const closePage = (inTransit: InTransit = 'lost') => {
    net.closed = true;
    net.inTransit = inTransit;
  };
  /** A new page (a relaunch, maybe on another device) on the same network. */
  const reopen = () => {
    net.closed = false;
    net.latencyMs = 0;
  };
  const adapterFor = (request: Partial<LaunchRequest> = {}, pageUrl?: string) => {
    const launched = lrs.launch({
      auUrl: 'http://127.0.0.1:9/pkg/foundations.html',
      activityId: AU,
      ...request,
    });
    const launch = readCmi5Launch(new URL(launched.url).search)!;
    return { launched, adapter: new Cmi5Adapter(launch, 'en', pageUrl) };
  };
  const verbs = (registration?: string) =>
    lrs.statements
      .filter((s) => !registration || s.context.registration === registration)
      .map((s) => s.verb.id.split('/').pop());
  return { lrs, net, adapterFor, verbs, closePage, reopen };
}

export const snapshot = (over: Partial<TrackingSnapshot> = {}): TrackingSnapshot => ({
  completion: 'incomplete',
  success: 'unknown',
  progress: 0.2,
  location: 'why',
  suspendData: 'v1~r2~swhy',
  ...over,
});

export const answer: InteractionRecord = {
  id: 'check.q_first',
  options: ['listen', 'argue'],
  optionTexts: { listen: 'Listen to the end first', argue: 'Explain the rule at once' },
  response: 'argue',
  correct: ['listen'],
  result: 'wrong',
  description: 'A customer shouts.',
  timestamp: new Date(),
  latencyMs: 8000,
};
