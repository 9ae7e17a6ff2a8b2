/**
 * cmi5 adapter: the AU side of cmi5 over xAPI. Launch: auth token, LMS.LaunchData, our saved
 * progress (a state document), then "initialized". Completion and success become "completed",
 * "passed" or "failed" once each per registration, as §9.3 requires; "terminated" is always last.
 * The module's saved state lives in a state document of its own, since cmi5 has no suspend_data.
 */
import type { InteractionRecord, LaunchData, LmsAdapter, TrackingSnapshot } from '../../types.ts';
import { agentId, type Cmi5Launch } from './launch.ts';
import {
  answeredStatement,
  type Cmi5LaunchData,
  type Cmi5Verb,
  cmi5Statement,
} from './statements.ts';
import { fetchAuthToken, type StateKey, XapiClient } from './xapi-client.ts';

/** What we keep in the LRS between sessions. */
interface SavedProgress {
  suspendData: string;
  location: string;
  /** Verbs the LRS already holds for this registration (each may be sent only once). */
  sent: Cmi5Verb[];
}

const PROGRESS_STATE_ID = 'progress';

export class Cmi5Adapter implements LmsAdapter {
  readonly kind = 'cmi5';
  private state: 'new' | 'open' | 'closed' = 'new';
  private client: XapiClient | null = null;
  private launchData: Cmi5LaunchData = { contextTemplate: {}, launchMode: 'Normal' };
  private saved: SavedProgress = { suspendData: '', location: '', sent: [] };
  private readonly queued = new Set<Cmi5Verb>();
  private outbox: object[] = [];
  /** Statements of a commit still on its way: resent before "terminated" (same ids, stored once). */
  private inflight: object[] = [];
  private latest: TrackingSnapshot | null = null;
  private chain: Promise<boolean> = Promise.resolve(true);
  private readonly startedAt = Date.now();
  private readonly launch: Cmi5Launch;
  private readonly lang: string;

  constructor(launch: Cmi5Launch, lang = 'und') {
    this.launch = launch;
    this.lang = lang;
  }

  get learnerHint() {
    return agentId(this.launch.actor);
  }

  private key = (stateId: string): StateKey => ({
    activityId: this.launch.activityId,
    agent: this.launch.actor,
    registration: this.launch.registration,
    stateId,
  });
  private input = () => ({
    launch: this.launch,
    launchData: this.launchData,
    id: uuid(),
    timestamp: new Date(),
    elapsedMs: Date.now() - this.startedAt,
  });

  async initialize(): Promise<LaunchData | null> {
    if (this.state !== 'new') return null;
    this.state = 'closed'; // until every launch step succeeded
    const token = await fetchAuthToken(this.launch.fetch); // single use: a reload of the same launch is refused
    if (!token) return null;
    this.client = new XapiClient(this.launch.endpoint, token);
    const launchData = await this.client.getState<Cmi5LaunchData>(this.key('LMS.LaunchData'));
    if (!launchData) return null; // §10.2.1: the LMS must provide it; without it we cannot send valid statements
    this.launchData = launchData;
    this.saved = {
      ...this.saved,
      ...(await this.client.getState<SavedProgress>(this.key(PROGRESS_STATE_ID))),
    };
    if (!(await this.client.postStatements([cmi5Statement(this.input(), 'initialized')])))
      return null;
    this.state = 'open';
    return {
      entry: this.saved.suspendData ? 'resume' : 'ab-initio',
      suspendData: this.saved.suspendData,
      location: this.saved.location,
      learnerId: agentId(this.launch.actor),
      learnerName: this.launch.actor.name ?? '',
    };
  }

  write(s: TrackingSnapshot): boolean {
    if (this.state !== 'open') return false;
    this.latest = s;
    if (this.launchData.launchMode !== 'Normal') return true; // §10.2.2: Browse and Review never judge
    if (s.completion === 'completed') this.announce('completed');
    if (s.scoreRaw !== undefined) {
      const scaled = s.scoreRaw / 100;
      // §9.3.6: the LMS's mastery score, when it gives one, decides instead of ours.
      const passed =
        this.launchData.masteryScore !== undefined
          ? scaled >= this.launchData.masteryScore
          : s.success === 'passed';
      if (passed) this.announce('passed', scaled);
      else if (!this.has('passed')) this.announce('failed', scaled);
    }
    return true;
  }

  recordInteraction(r: InteractionRecord): boolean {
    if (this.state !== 'open') return false;
    this.outbox.push(answeredStatement(this.input(), r, this.lang));
    return true;
  }

  /** Competency results have no cmi5 statement of their own; the answers carry them. */
  recordObjective = () => this.state === 'open';

  commit(): Promise<boolean> {
    if (this.state !== 'open') return Promise.resolve(false);
    this.chain = this.chain.then(() => this.flush(false));
    return this.chain;
  }

  terminate(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    // A commit still on its way could arrive after "terminated"; sending its statements again
    // first keeps "terminated" last, and the LRS stores each statement id only once.
    this.outbox.unshift(...this.inflight);
    this.outbox.push(cmi5Statement(this.input(), 'terminated'));
    // The page is going away: send at once with keepalive, a chained request would start too late.
    void this.flush(true);
    return true;
  }

  private has = (verb: Cmi5Verb) => this.saved.sent.includes(verb) || this.queued.has(verb);

  private announce(verb: Cmi5Verb, scaled?: number) {
    if (this.has(verb)) return; // completed and passed once per registration; failed once per session
    this.queued.add(verb);
    this.outbox.push(cmi5Statement(this.input(), verb, scaled));
  }

  private async flush(keepalive: boolean): Promise<boolean> {
    const batch = this.outbox.splice(0);
    this.inflight = batch;
    const verbs = [...this.queued].filter((v) => !this.saved.sent.includes(v));
    const sent = batch.length === 0 || (await this.client!.postStatements(batch, keepalive));
    this.inflight = [];
    if (sent)
      this.saved.sent = [...new Set([...this.saved.sent, ...verbs.filter((v) => v !== 'failed')])];
    else this.outbox.unshift(...batch); // tried again with the next commit
    const progress: SavedProgress = {
      ...this.saved,
      suspendData: this.latest?.suspendData ?? this.saved.suspendData,
      location: this.latest?.location ?? this.saved.location,
    };
    const stored = await this.client!.putState(this.key(PROGRESS_STATE_ID), progress, keepalive);
    return sent && stored;
  }
}

/** RFC 4122 version 4; randomUUID exists only in secure contexts, and an LMS may serve over http. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
