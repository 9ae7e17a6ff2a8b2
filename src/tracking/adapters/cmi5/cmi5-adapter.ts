/**
 * cmi5 adapter: the AU side of cmi5 over xAPI. Launch: auth token, LMS.LaunchData, the learner's
 * preferences (§11), our saved progress (a state document), then "initialized". Completion and
 * success become "completed", "passed" or "failed" once each per registration, as §9.3 requires;
 * "terminated" is always last. The module's saved state lives in a state document of its own.
 * The state document is written before the statements it mentions leave, so a page closed in the
 * middle of a request neither loses a statement nor makes the next launch send it twice.
 */
import type { BrowserKey } from '#src/i18n/ui.ts';
import { $launchMastery } from '#src/tracking/mastery.ts';
import type {
  InteractionRecord,
  LaunchData,
  LmsAdapter,
  TrackingSnapshot,
} from '#src/tracking/types.ts';
import { fitKeepalive } from './keepalive-budget.ts';
import { agentId, type Cmi5Launch } from './launch.ts';
import {
  applyPreferences,
  languageMissing,
  PREFERENCES_PROFILE,
  parsePreferences,
} from './preferences.ts';
import { launchFailure, watchCsp } from './reach.ts';
import { type SavedProgress, type Statement, sessionNotice, uuid, verbOf } from './saved.ts';
import {
  answeredStatement,
  type Cmi5LaunchData,
  type Cmi5Verb,
  cmi5Statement,
} from './statements.ts';
import { fetchAuthToken, type StateKey, XapiClient } from './xapi-client.ts';

/**
 * Normal launches keep their own document: Browse and Review work never becomes credit (§10.2.2).
 */
const CREDIT_STATE_ID = 'progress';
const NO_CREDIT_STATE_ID = 'progress.browse';

export class Cmi5Adapter implements LmsAdapter {
  readonly kind = 'cmi5';
  /** Why the launch failed, when the browser itself refused the LRS (told to the learner). */
  failure?: BrowserKey;
  private state: 'new' | 'open' | 'closed' = 'new';
  private client: XapiClient | null = null;
  private launchData: Cmi5LaunchData = { contextTemplate: {}, launchMode: 'Normal' };
  private saved: SavedProgress = { suspendData: '', location: '', sent: [] };
  private readonly queued = new Set<Cmi5Verb>();
  private outbox: Statement[] = [];
  /**
   * Statements of a commit still on its way: resent before "terminated" (same ids, stored once).
   */
  private inflight: Statement[] = [];
  private latest: TrackingSnapshot | null = null;
  private chain: Promise<boolean> = Promise.resolve(true);
  private readonly startedAt = Date.now();
  private readonly launch: Cmi5Launch;
  private readonly lang: string;
  private readonly pageUrl: string;

  constructor(launch: Cmi5Launch, lang = 'und', pageUrl = globalThis.location?.href ?? '') {
    this.launch = launch;
    this.lang = lang;
    this.pageUrl = pageUrl || launch.endpoint;
  }

  get learnerHint() {
    return agentId(this.launch.actor);
  }

  /** Where the LMS wants the learner to go once the AU has terminated (§10.2.6). */
  get returnUrl(): string | undefined {
    return this.state === 'new' ? undefined : this.launchData.returnURL || undefined;
  }

  private get credited() {
    return this.launchData.launchMode === 'Normal';
  }

  private key = (stateId: string): StateKey => ({
    activityId: this.launch.activityId,
    agent: this.launch.actor,
    registration: this.launch.registration,
    stateId,
  });
  private progressKey = () => this.key(this.credited ? CREDIT_STATE_ID : NO_CREDIT_STATE_ID);
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
    const csp = watchCsp([this.launch.fetch, this.launch.endpoint]);
    // single use: a reload of the same launch is refused
    const token = await fetchAuthToken(this.launch.fetch);
    if (!token) {
      this.failure = await launchFailure(this.pageUrl, this.launch, csp);
      csp.stop();
      return null;
    }
    csp.stop();
    const client = new XapiClient(this.launch.endpoint, token);
    this.client = client;
    const launchData = await client.getState<Cmi5LaunchData>(this.key('LMS.LaunchData'));
    // §10.2.1: the LMS must provide it; without it we cannot send valid statements
    if (!launchData) return null;
    this.launchData = launchData;
    $launchMastery.set(launchData.masteryScore);
    const [profile, saved] = await Promise.all([
      client.getAgentProfile<Record<string, unknown>>(this.launch.actor, PREFERENCES_PROFILE),
      this.readProgress(client),
    ]);
    const prefs = parsePreferences(profile);
    applyPreferences(prefs);
    this.saved = { ...this.saved, ...saved, sent: saved?.sent ?? [] };
    // What a closed page left on its way goes first; what the LRS already holds it stores once.
    if (this.saved.pending?.length && (await client.postStatements(this.saved.pending)))
      this.saved.pending = [];
    if (!(await client.postStatements([cmi5Statement(this.input(), 'initialized')]))) return null;
    this.state = 'open';
    if (languageMissing(prefs, this.lang)) sessionNotice('languageNotOffered');
    this.sendDeferredPass();
    return {
      entry: this.saved.suspendData ? 'resume' : 'ab-initio',
      suspendData: this.saved.suspendData,
      location: this.saved.location,
      learnerId: agentId(this.launch.actor),
      learnerName: this.launch.actor.name ?? '',
      credit: this.credited,
    };
  }

  /**
   * Browse and Review start from their own document, else from the credited one; Normal never from
   * theirs.
   */
  private async readProgress(client: XapiClient): Promise<SavedProgress | null> {
    const own = await client.getState<SavedProgress>(this.progressKey());
    if (own || this.credited) return own;
    const credited = await client.getState<SavedProgress>(this.key(CREDIT_STATE_ID));
    return credited && { ...credited, pending: [], passLater: undefined };
  }

  /** A pass reached after a fail in the last session is this session's to send (§9.3). */
  private sendDeferredPass() {
    const scaled = this.saved.passLater;
    this.saved.passLater = undefined;
    if (scaled === undefined || !this.credited || this.has('passed')) return;
    const mastery = this.launchData.masteryScore;
    if (mastery === undefined || scaled >= mastery) this.announce('passed', scaled);
  }

  write(s: TrackingSnapshot): boolean {
    if (this.state !== 'open') return false;
    this.latest = s;
    if (!this.credited) return true; // §10.2.2: Browse and Review never judge
    if (s.completion === 'completed') this.announce('completed');
    if (s.scoreRaw !== undefined && !this.has('passed')) {
      const scaled = s.scoreRaw / 100;
      // §9.3.6: the LMS's mastery score, when it gives one, decides instead of ours.
      const mastery = this.launchData.masteryScore;
      const passed = mastery !== undefined ? scaled >= mastery : s.success === 'passed';
      if (passed && this.queued.has('failed')) this.deferPass(scaled);
      else if (passed) this.announce('passed', scaled);
      else this.announce('failed', scaled);
    }
    return true;
  }

  /** §9.3: passed and failed may not both be sent in one session; the pass goes next launch. */
  private deferPass(scaled: number) {
    if (this.saved.passLater === undefined) sessionNotice('passNextLaunch');
    this.saved.passLater = scaled;
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
    this.chain = this.chain.then(() => this.flush());
    return this.chain;
  }

  terminate(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    // A commit still on its way could arrive after "terminated"; sending its statements again
    // first keeps "terminated" last, and the LRS stores each statement id only once.
    const batch = [...this.inflight, ...this.outbox.splice(0)];
    batch.push(cmi5Statement(this.input(), 'terminated'));
    // The page is going away and runs no code after this: both leave now, with keepalive, the
    // state first so the last answers reach another device even if the statements are lost, and
    // both within the browser's keepalive budget, or the second would be refused.
    const last = fitKeepalive(this.document(batch), batch);
    void this.client!.putState(this.progressKey(), last.document, true);
    void this.client!.postStatements(last.statements, true);
    return true;
  }

  private has = (verb: Cmi5Verb) => this.saved.sent.includes(verb) || this.queued.has(verb);

  private announce(verb: Cmi5Verb, scaled?: number) {
    // completed and passed once per registration; failed once per session
    if (this.has(verb)) return;
    this.queued.add(verb);
    this.outbox.push(cmi5Statement(this.input(), verb, scaled));
  }

  /** The state document for a batch about to leave: it already counts the batch as sent. */
  private document(batch: Statement[]): SavedProgress {
    const judged = batch.map(verbOf).filter((v) => v === 'completed' || v === 'passed');
    this.saved.sent = [...new Set([...this.saved.sent, ...judged])];
    return {
      suspendData: this.latest?.suspendData ?? this.saved.suspendData,
      location: this.latest?.location ?? this.saved.location,
      sent: this.saved.sent,
      pending: batch,
      ...(this.saved.passLater === undefined ? {} : { passLater: this.saved.passLater }),
    };
  }

  private async flush(): Promise<boolean> {
    const batch = this.outbox.splice(0);
    this.inflight = batch;
    const stored = await this.client!.putState(this.progressKey(), this.document(batch));
    if (this.state === 'closed') return stored; // terminate sent this batch before "terminated"
    if (!stored) {
      this.inflight = [];
      this.outbox.unshift(...batch); // tried again with the next commit
      return false;
    }
    const sent = batch.length === 0 || (await this.client!.postStatements(batch));
    this.inflight = [];
    if (!sent && this.state === 'open') this.outbox.unshift(...batch);
    return sent;
  }
}
