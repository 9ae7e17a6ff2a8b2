/** SCORM 2004 4th edition adapter. References are to the SCORM 2004 RTE book, section 4.2. */
import type { BrowserKey } from '#src/i18n/ui.ts';
import type {
  InteractionRecord,
  LaunchData,
  LmsAdapter,
  ObjectiveRecord,
  TrackingSnapshot,
} from '../types.ts';
import { type LaunchElements, readLaunch } from './launch-reads.ts';
import { RecordIndex } from './record-index.ts';
import { iso8601Duration, iso8601Time, ScormSession } from './session.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError?(): unknown;
  GetErrorString?(code: string): unknown;
  GetDiagnostic?(code: string): unknown;
}

const SUSPEND_LIMIT = 64000; // RTE 4.2.23: characterstring SPM 64000
const LOCATION_LIMIT = 1000; // RTE 4.2.14
const LAUNCH: LaunchElements = {
  entry: 'cmi.entry',
  completion: 'cmi.completion_status',
  success: 'cmi.success_status',
  score: 'cmi.score.raw',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.location',
  learnerId: 'cmi.learner_id',
  learnerName: 'cmi.learner_name',
};
// RTE 4.2.9.1
const RESULT = { correct: 'correct', wrong: 'incorrect', neutral: 'neutral' } as const;

export class Scorm2004Adapter implements LmsAdapter {
  readonly kind = 'scorm2004';
  /** Set when the LMS opened the session but would not say who the learner is. */
  failure?: BrowserKey;
  private readonly session: ScormSession;
  private readonly api: Scorm2004Api;
  private readonly index: RecordIndex;
  constructor(api: Scorm2004Api) {
    this.api = api;
    this.session = new ScormSession(
      api.GetLastError && {
        lastError: () => api.GetLastError!(),
        errorString: (c) => api.GetErrorString?.(c),
        diagnostic: (c) => api.GetDiagnostic?.(c),
      },
    );
    this.index = new RecordIndex(this.read);
  }

  private set = (element: string, value: string) =>
    this.session.run(() => this.api.SetValue(element, value), 'SetValue', element);
  private read = (element: string) => this.session.read(() => this.api.GetValue(element), element);

  initialize(): LaunchData | null {
    if (!this.session.begin(() => this.api.Initialize(''))) {
      return null;
    }
    const read = readLaunch(this.read, LAUNCH);
    if (!read) {
      this.session.end(() => this.api.Terminate(''));
      this.failure = 'lmsUnreadable';
      return null;
    }
    if (['', 'unknown', 'not attempted'].includes(read.completion))
      this.set('cmi.completion_status', 'incomplete');
    return read.launch;
  }

  write(s: TrackingSnapshot): boolean {
    if (s.suspendData.length > SUSPEND_LIMIT || s.location.length > LOCATION_LIMIT) return false;
    const results = [
      this.set('cmi.location', s.location),
      this.set('cmi.suspend_data', s.suspendData),
      this.set('cmi.progress_measure', s.progress.toFixed(2)),
      this.set('cmi.completion_status', s.completion),
      this.set('cmi.success_status', s.success),
    ];
    if (s.scoreRaw !== undefined) {
      results.push(
        this.set('cmi.score.min', '0'),
        this.set('cmi.score.max', '100'),
        this.set('cmi.score.raw', String(s.scoreRaw)),
        this.set('cmi.score.scaled', (s.scoreRaw / 100).toFixed(2)),
      );
    }
    return results.every(Boolean);
  }

  recordInteraction(r: InteractionRecord): boolean {
    const n = this.index.nextInteraction();
    const p = `cmi.interactions.${n}`;
    const fields: Array<[string, string]> =
      r.type === 'fill-in'
        ? [
            // RTE 4.2.9: long-fill-in takes up to 4,000 characters of free text.
            ['type', 'long-fill-in'],
            ['timestamp', iso8601Time(r.timestamp)],
            ['description', r.description.slice(0, 250)],
            ['learner_response', r.response.slice(0, 4000)],
            ['result', 'neutral'],
          ]
        : [
            ['type', 'choice'],
            ['timestamp', iso8601Time(r.timestamp)],
            ['description', r.description.slice(0, 250)],
            ...r.correct.map((c, i): [string, string] => [`correct_responses.${i}.pattern`, c]),
            ['learner_response', r.response],
            ['result', RESULT[r.result]],
            ['latency', iso8601Duration(r.latencyMs)],
          ];
    const idOk = this.set(`${p}.id`, r.id);
    if (idOk) this.index.usedInteraction(n);
    return [idOk, ...fields.map(([f, v]) => this.set(`${p}.${f}`, v))].every(Boolean);
  }

  recordObjective(o: ObjectiveRecord): boolean {
    const { index, isNew } = this.index.objective(o.id);
    const p = `cmi.objectives.${index}`;
    return [
      isNew ? this.set(`${p}.id`, o.id) : true, // RTE 4.2.17: an id once set never changes (351)
      this.set(`${p}.score.scaled`, o.scaled.toFixed(2)),
      this.set(`${p}.success_status`, o.passed ? 'passed' : 'failed'),
      this.set(`${p}.completion_status`, 'completed'),
    ].every(Boolean);
  }

  commit = () => this.session.run(() => this.api.Commit(''), 'Commit');

  terminate(exit: 'suspend' | 'normal'): boolean {
    // RTE 4.2.8: only a "suspend" exit makes the LMS hand back location and suspend_data.
    this.set('cmi.exit', exit);
    this.set('cmi.session_time', iso8601Duration(this.session.elapsedMs));
    this.commit();
    return this.session.end(() => this.api.Terminate(''));
  }
}
