/** SCORM 1.2 adapter. References are to the SCORM 1.2 Run-Time Environment (RTE 3.4). */
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
import { clockTime, ScormSession, scorm12Time } from './session.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError?(): unknown;
  LMSGetErrorString?(code: string): unknown;
  LMSGetDiagnostic?(code: string): unknown;
}

const SUSPEND_LIMIT = 4096; // RTE 3.4.2.9: cmi.suspend_data is CMIString4096
const LOCATION_LIMIT = 255; // cmi.core.lesson_location is CMIString255
// RTE 3.4.2: one lesson_status holds both completion and success.
const LAUNCH: LaunchElements = {
  entry: 'cmi.core.entry',
  completion: 'cmi.core.lesson_status',
  success: 'cmi.core.lesson_status',
  score: 'cmi.core.score.raw',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.core.lesson_location',
  learnerId: 'cmi.core.student_id',
  learnerName: 'cmi.core.student_name',
};
/** 1.2 choice responses are single characters (RTE 3.4.2.7.3): option positions as a, b, c… */
const letter = (options: string[], id: string) =>
  'abcdefghijklmnopqrstuvwxyz'[Math.max(0, options.indexOf(id))];

export class Scorm12Adapter implements LmsAdapter {
  readonly kind = 'scorm12';
  /** Set when the LMS opened the session but would not say who the learner is. */
  failure?: BrowserKey;
  private readonly session: ScormSession;
  private readonly api: Scorm12Api;
  private readonly index: RecordIndex;
  constructor(api: Scorm12Api) {
    this.api = api;
    this.session = new ScormSession(
      api.LMSGetLastError && {
        lastError: () => api.LMSGetLastError!(),
        errorString: (c) => api.LMSGetErrorString?.(c),
        diagnostic: (c) => api.LMSGetDiagnostic?.(c),
      },
      { get: 'LMSGetValue', set: 'LMSSetValue' },
    );
    this.index = new RecordIndex(this.read);
  }

  private set = (element: string, value: string) =>
    this.session.run(() => this.api.LMSSetValue(element, value), 'LMSSetValue', element);
  private read = (element: string) =>
    this.session.read(() => this.api.LMSGetValue(element), element);

  initialize(): LaunchData | null {
    if (!this.session.begin(() => this.api.LMSInitialize(''), 'LMSInitialize')) {
      return null;
    }
    const read = readLaunch(this.read, LAUNCH);
    if (!read) {
      this.session.end(() => this.api.LMSFinish(''), 'LMSFinish');
      this.failure = 'lmsUnreadable';
      return null;
    }
    // A fresh attempt starts "incomplete" so the LMS does not show "not attempted".
    if (['', 'not attempted'].includes(read.completion))
      this.set('cmi.core.lesson_status', 'incomplete');
    return read.launch;
  }

  write(s: TrackingSnapshot): boolean {
    if (s.suspendData.length > SUSPEND_LIMIT || s.location.length > LOCATION_LIMIT) return false;
    // 1.2 has one status: an LMS treats passed/failed as finished, so judge only once complete.
    const status =
      s.completion === 'incomplete'
        ? 'incomplete'
        : s.success === 'unknown'
          ? 'completed'
          : s.success;
    const results = [
      this.set('cmi.core.lesson_location', s.location),
      this.set('cmi.suspend_data', s.suspendData),
      this.set('cmi.core.lesson_status', status),
    ];
    if (s.scoreRaw !== undefined) {
      results.push(
        this.set('cmi.core.score.min', '0'),
        this.set('cmi.core.score.max', '100'),
        this.set('cmi.core.score.raw', String(s.scoreRaw)),
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
            ['type', 'fill-in'],
            ['time', clockTime(r.timestamp)],
            // RTE 3.4.2.7.3: a fill-in response is CMIString255.
            ['student_response', r.response.slice(0, 255)],
            ['result', 'neutral'],
          ]
        : [
            ['type', 'choice'],
            ['time', clockTime(r.timestamp)],
            ...r.correct.map((c, i): [string, string] => [
              `correct_responses.${i}.pattern`,
              letter(r.options, c),
            ]),
            ['student_response', letter(r.options, r.response)],
            ['result', r.result],
            ['latency', scorm12Time(r.latencyMs)],
          ];
    const idOk = this.set(`${p}.id`, r.id);
    if (idOk) this.index.usedInteraction(n);
    return [idOk, ...fields.map(([f, v]) => this.set(`${p}.${f}`, v))].every(Boolean);
  }

  recordObjective(o: ObjectiveRecord): boolean {
    const { index, isNew } = this.index.objective(o.id);
    const p = `cmi.objectives.${index}`;
    return [
      isNew ? this.set(`${p}.id`, o.id) : true,
      this.set(`${p}.score.min`, '0'),
      this.set(`${p}.score.max`, '100'),
      this.set(`${p}.score.raw`, String(Math.round(o.scaled * 100))),
      this.set(`${p}.status`, o.passed ? 'passed' : 'failed'),
    ].every(Boolean);
  }

  commit = () => this.session.run(() => this.api.LMSCommit(''), 'LMSCommit');

  terminate(exit: 'suspend' | 'normal'): boolean {
    // RTE 3.4.2.1.4: "suspend" keeps the attempt open so the LMS hands back our data next time.
    this.set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
    this.set('cmi.core.session_time', scorm12Time(this.session.elapsedMs));
    this.commit();
    return this.session.end(() => this.api.LMSFinish(''), 'LMSFinish');
  }
}
