/**
 * Serves the in-memory LRS at /lrs/ beside the preview: the xAPI resources the AU uses, plus three
 * routes for the preview page and the tests — `_launch` (play the LMS: launch an AU), `_record`
 * (what the LRS holds, with cmi5 rule violations) and `_fault` (make it fail, or answer slowly,
 * for one registration). It answers CORS as real LRSs do, so an AU on another origin can use it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cmi5Violations } from '#src/harness/cmi5-rules.ts';
import { type LaunchRequest, type LrsFault, MemoryLrs } from '#src/harness/memory-lrs.ts';
import { EXT_SESSION } from '#src/tracking/adapters/cmi5/statements.ts';

export const LRS_PREFIX = '/lrs/';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

export function lrsRoute(port: number) {
  const lrs = new MemoryLrs(`http://127.0.0.1:${port}${LRS_PREFIX}`);
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith(LRS_PREFIX)) return false;
    let gone = false; // the page closed before the answer: the request never completed
    response.on('close', () => (gone = true));
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return true;
    }
    const body = await readBody(request);
    const reply = (status: number, value?: unknown) =>
      response
        .writeHead(status, {
          ...cors,
          'content-type': 'application/json',
          'cache-control': 'no-store',
        })
        .end(value === undefined ? undefined : JSON.stringify(value));
    const route = url.pathname.slice(LRS_PREFIX.length);
    try {
      if (route === '_launch' && request.method === 'POST') {
        reply(200, lrs.launch(JSON.parse(body) as LaunchRequest));
        return true;
      }
      if (route === '_record') {
        const registration = url.searchParams.get('registration');
        const launches = lrs.launches.filter(
          (l) => !registration || l.registration === registration,
        );
        const sessions = new Set(launches.map((l) => l.sessionId));
        const statements = lrs.statements.filter((s) =>
          sessions.has(s.context?.extensions?.[EXT_SESSION]),
        );
        reply(200, { statements, launches, violations: cmi5Violations(statements, launches) });
        return true;
      }
      if (route === '_fault' && request.method === 'POST') {
        const { registration, fault, latencyMs } = JSON.parse(body) as {
          registration: string;
          fault?: LrsFault;
          latencyMs?: number;
        };
        if (fault) lrs.faults.set(registration, fault);
        if (latencyMs !== undefined) lrs.latency.set(registration, latencyMs);
        reply(204);
        return true;
      }
      const wait = lrs.latency.get(lrs.registrationOf(url, body)) ?? 0;
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      if (gone) return true; // lost in transit, as when a page closes during a slow request
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
      );
      const answer = lrs.handle(request.method ?? 'GET', url, headers, body);
      reply(answer.status, answer.body);
    } catch (error) {
      reply(400, { error: (error as Error).message });
    }
    return true;
  };
}
