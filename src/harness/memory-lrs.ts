/**
 * A small in-memory LRS and cmi5 launcher for the preview and the tests (no LRS is installable
 * here). It is strict where real LRSs are: the fetch URL works once, every xAPI call needs the
 * token and the version header. It also plays the LMS: it writes LMS.LaunchData and builds the
 * AU's launch URL. Pure: the Node server and the unit tests both drive it through `handle`.
 */
import { EXT_SESSION } from '../tracking/adapters/cmi5/statements.ts';

export interface LaunchRequest {
  /** URL of the AU page, absolute or relative to the server. */
  auUrl: string;
  activityId: string;
  /** Same registration = the same attempt, relaunched; a new one = a new attempt. */
  registration?: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
  /** Where the AU sends the learner after terminating (§10.2.6). */
  returnURL?: string;
  /** The learner's cmi5LearnerPreferences agent profile (§11), written before the launch. */
  preferences?: { languagePreference?: string; audioPreference?: 'on' | 'off' };
  /** The LRS address the AU is told, when it must differ from this server's (another origin). */
  lrsBase?: string;
}

export interface Launched {
  url: string;
  registration: string;
  sessionId: string;
  actor: object;
  request: LaunchRequest;
}

export type LrsFault = 'none' | 'statements-fail' | 'state-fail';
export interface LrsResponse {
  status: number;
  body?: unknown;
}

export const LRS_ACTOR = {
  objectType: 'Agent',
  name: 'Sam Learner',
  account: { homePage: 'https://lms.invalid', name: 'learner-42' },
};

let counter = 0;
const id = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(++counter).toString(36)}`;

export class MemoryLrs {
  // biome-ignore lint/suspicious/noExplicitAny: xAPI statements are open JSON, read field by field
  statements: Array<Record<string, any>> = [];
  launches: Launched[] = [];
  /** Injected faults by registration, so tests running side by side do not disturb each other. */
  readonly faults = new Map<string, LrsFault>();
  /** Milliseconds each request of a registration waits before it is answered (a slow network). */
  readonly latency = new Map<string, number>();
  /** Agent profiles by agent and profile id (cmi5LearnerPreferences). */
  private readonly profiles = new Map<string, unknown>();
  private readonly states = new Map<string, unknown>();
  private readonly fetchIds = new Map<string, { token: string; used: boolean }>();
  private readonly tokens = new Set<string>();
  /** Where this LRS is served, e.g. "http://127.0.0.1:4321/lrs/". */
  private readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  private stateKey = (q: URLSearchParams) =>
    ['activityId', 'agent', 'registration', 'stateId'].map((k) => q.get(k) ?? '').join('|');

  /** Plays the LMS side of a cmi5 launch (§8, §10.2.1) and returns the AU's launch URL. */
  launch(request: LaunchRequest): Launched {
    const registration = request.registration ?? crypto.randomUUID();
    const sessionId = crypto.randomUUID();
    const fetchId = id('fetch');
    this.fetchIds.set(fetchId, { token: btoa(id('token')), used: false });
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ id: request.activityId }] },
        extensions: { [EXT_SESSION]: sessionId },
      },
      launchMode: request.launchMode ?? 'Normal',
      moveOn: request.moveOn ?? 'CompletedAndPassed',
      ...(request.masteryScore === undefined ? {} : { masteryScore: request.masteryScore }),
      ...(request.returnURL ? { returnURL: request.returnURL } : {}),
    };
    const agent = JSON.stringify(LRS_ACTOR);
    if (request.preferences)
      this.profiles.set(`${agent}|cmi5LearnerPreferences`, request.preferences);
    const base = request.lrsBase ?? this.base;
    this.states.set(
      [request.activityId, agent, registration, 'LMS.LaunchData'].join('|'),
      launchData,
    );
    const query = new URLSearchParams({
      endpoint: `${base}xapi/`,
      fetch: `${base}fetch/${fetchId}`,
      actor: agent,
      registration,
      activityId: request.activityId,
    });
    const launched = {
      url: `${request.auUrl}${request.auUrl.includes('?') ? '&' : '?'}${query}`,
      registration,
      sessionId,
      actor: LRS_ACTOR,
      request,
    };
    this.launches.push(launched);
    return launched;
  }

  handle(
    method: string,
    url: URL,
    headers: Record<string, string | undefined>,
    body: string,
  ): LrsResponse {
    const path = url.pathname.slice(url.pathname.indexOf('/lrs/') + 5);
    if (path.startsWith('fetch/') && method === 'POST') return this.fetchToken(path.slice(6));
    if (!path.startsWith('xapi/')) return { status: 404 };
    if (!headers['x-experience-api-version'])
      return { status: 400, body: 'X-Experience-API-Version header missing' };
    if (!this.tokens.has((headers.authorization ?? '').replace(/^Basic /, '')))
      return { status: 401 };
    if (path === 'xapi/statements' && method === 'POST') return this.storeStatements(body);
    if (path === 'xapi/activities/state') return this.state(method, url.searchParams, body);
    if (path === 'xapi/agents/profile' && method === 'GET') {
      const key = `${url.searchParams.get('agent')}|${url.searchParams.get('profileId')}`;
      return this.profiles.has(key)
        ? { status: 200, body: this.profiles.get(key) }
        : { status: 404 };
    }
    return { status: 405 };
  }

  /** The registration a request belongs to, for per-registration faults and latency. */
  registrationOf(url: URL, body: string): string {
    const fromQuery = url.searchParams.get('registration');
    if (fromQuery) return fromQuery;
    try {
      // biome-ignore lint/suspicious/noExplicitAny: xAPI statements are open JSON, read field by field
      const parsed = JSON.parse(body) as Record<string, any> | Array<Record<string, any>>;
      return (Array.isArray(parsed) ? parsed[0] : parsed)?.context?.registration ?? '';
    } catch {
      return '';
    }
  }

  private fetchToken(fetchId: string): LrsResponse {
    const entry = this.fetchIds.get(fetchId);
    if (!entry)
      return {
        status: 200,
        body: { 'error-code': '3', 'error-text': 'General Application Error' },
      };
    // cmi5 §8.2.3: a fetch URL answers once; a second call gets error-code 1.
    if (entry.used)
      return { status: 200, body: { 'error-code': '1', 'error-text': 'Already in use' } };
    entry.used = true;
    this.tokens.add(entry.token);
    return { status: 200, body: { 'auth-token': entry.token } };
  }

  private storeStatements(body: string): LrsResponse {
    const parsed = JSON.parse(body) as unknown;
    // biome-ignore lint/suspicious/noExplicitAny: xAPI statements are open JSON, read field by field
    const list = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, any>>;
    if (list.some((s) => this.faults.get(s.context?.registration) === 'statements-fail'))
      return { status: 503 };
    // same id: stored once
    const fresh = list.filter((s) => !this.statements.some((old) => old.id === s.id));
    this.statements.push(...fresh.map((s) => ({ ...s, stored: new Date().toISOString() })));
    return { status: 200, body: list.map((s) => s.id) };
  }

  private state(method: string, q: URLSearchParams, body: string): LrsResponse {
    const key = this.stateKey(q);
    if (method === 'GET')
      return this.states.has(key) ? { status: 200, body: this.states.get(key) } : { status: 404 };
    if (this.faults.get(q.get('registration') ?? '') === 'state-fail') return { status: 503 };
    if (method === 'PUT' || method === 'POST') {
      this.states.set(key, JSON.parse(body));
      return { status: 204 };
    }
    return { status: 405 };
  }
}
