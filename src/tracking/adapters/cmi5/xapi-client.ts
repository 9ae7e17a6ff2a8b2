/**
 * The few xAPI calls a cmi5 AU makes, over fetch (no library: axios alone would double the page's
 * JavaScript). Every call resolves to a value or null/false and never throws.
 */
const XAPI_VERSION = '1.0.3';

/** cmi5 §8.2: POST to the fetch URL once; the answer is {"auth-token": "..."} or an error code. */
export async function fetchAuthToken(fetchUrl: string): Promise<string | null> {
  try {
    const response = await fetch(fetchUrl, { method: 'POST' });
    if (!response.ok) return null;
    const body = (await response.json()) as Record<string, unknown>;
    return typeof body['auth-token'] === 'string' ? body['auth-token'] : null;
  } catch {
    return null;
  }
}

export interface StateKey {
  activityId: string;
  agent: object;
  registration: string;
  stateId: string;
}

export class XapiClient {
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;
  constructor(endpoint: string, authToken: string) {
    this.endpoint = endpoint;
    this.headers = {
      Authorization: `Basic ${authToken}`,
      'X-Experience-API-Version': XAPI_VERSION,
    };
  }

  private stateUrl(key: StateKey): string {
    const q = new URLSearchParams({
      activityId: key.activityId,
      agent: JSON.stringify(key.agent),
      registration: key.registration,
      stateId: key.stateId,
    });
    return `${this.endpoint}activities/state?${q}`;
  }

  /** The state document, or null when there is none (404) or the LRS failed. */
  async getState<T>(key: StateKey): Promise<T | null> {
    try {
      const response = await fetch(this.stateUrl(key), { headers: this.headers });
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    }
  }

  /** An agent profile document (cmi5 §11: cmi5LearnerPreferences), or null when there is none. */
  async getAgentProfile<T>(agent: object, profileId: string): Promise<T | null> {
    const q = new URLSearchParams({ agent: JSON.stringify(agent), profileId });
    try {
      const response = await fetch(`${this.endpoint}agents/profile?${q}`, {
        headers: this.headers,
      });
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    }
  }

  /** `keepalive` lets the request outlive the page, for the last save on pagehide. */
  putState(key: StateKey, document: unknown, keepalive = false): Promise<boolean> {
    return this.send(this.stateUrl(key), 'PUT', document, keepalive);
  }

  postStatements(statements: object[], keepalive = false): Promise<boolean> {
    return this.send(`${this.endpoint}statements`, 'POST', statements, keepalive);
  }

  private async send(
    url: string,
    method: string,
    body: unknown,
    keepalive: boolean,
  ): Promise<boolean> {
    try {
      const response = await fetch(url, {
        method,
        keepalive,
        headers: { ...this.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.ok;
    } catch {
      return false;
    }
  }
}
