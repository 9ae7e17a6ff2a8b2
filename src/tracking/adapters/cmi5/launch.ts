/**
 * The launch parameters a cmi5 LMS appends to the AU's URL (cmi5 spec §8.1): where the LRS is,
 * where to fetch the one-time auth token, who the learner is, and which attempt this is.
 */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
}

/** Reads the launch URL's query; null when this is not a cmi5 launch (or a broken one). */
export function readCmi5Launch(search: string): Cmi5Launch | null {
  const q = new URLSearchParams(search);
  const [endpoint, fetch, actor, registration, activityId] = [
    'endpoint',
    'fetch',
    'actor',
    'registration',
    'activityId',
  ].map((k) => q.get(k));
  if (!endpoint || !fetch || !actor || !registration || !activityId) return null;
  try {
    const agent = JSON.parse(actor) as XapiAgent;
    if (!agent || typeof agent !== 'object' || !(agent.account || agent.mbox)) return null;
    return {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch,
      actor: agent,
      registration,
      activityId,
    };
  } catch {
    return null;
  }
}

/** A stable learner id for the local copy's key: the account name, else the mailbox. */
export const agentId = (agent: XapiAgent) => agent.account?.name ?? agent.mbox ?? '';
