/** SCORM 1.2 adapter. References are to the SCORM 1.2 Run-Time Environment (RTE 3.4). */
import type {
  InteractionRecord,
  LaunchData,
  LmsAdapter,
  ObjectiveRecord,
  TrackingSnapshot,
} from '../types.ts';
import { clockTime, objectiveIndex, ScormSession, safeGet, scorm12Time } from './session.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
}

const SUSPEND_LIMIT = 4096; // RTE 3.4.2.9: cmi.suspend_data is CMIString4096
const LOCATION_LIMIT = 255; // cmi.core.lesson_location is CMIString255
/** 1.2 choice responses are single characters (RTE 3.4.2.7.3): option positions as a, b, c… */
const letter = (options: string[], id: string) =>
  'abcdefghijklmnopqrstuvwxyz'[Math.max(0, options.indexOf(id))];

export class Scorm12Adapter implements LmsAdapter {
  readonly kind = 'scorm12';
  private readonly session = new ScormSession();
  private readonly api: Scorm12Api;
  constructor(api: Scorm12Api) {
    this.api = api;
  }

  private set = (element: string, value: string) =>
    this.session.run(() => this.api.LMSSetValue(element, value));
  private get = (element: string) => safeGet(() => this.api.LMSGetValue(element));

  initialize(): LaunchData | null {
    if (!this.session.begin(() => this.api.LMSInitialize(''))) return null;
    const entry = this.get('cmi.core.entry');
    // A fresh attempt starts "incomplete" so the LMS does not show "not attempted".
    if (['', 'not attempted'].includes(this.get('cmi.core.lesson_status')))
      this.set('cmi.core.lesson_status', 'incomplete');
    return {
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      suspendData: this.get('cmi.suspend_data'),
      location: this.get('cmi.core.lesson_location'),
      learnerId: this.get('cmi.core.student_id'),
      learnerName: this.get('cmi.core.student_name'),
    };
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
    const n = Number(this.get('cmi.interactions._count')) || 0;
    const p = `cmi.interactions.${n}`;
    if (r.type === 'fill-in') {
      // RTE 3.4.2.7.3: a fill-in response is CMIString255.
      return [
        this.set(`${p}.id`, r.id),
        this.set(`${p}.type`, 'fill-in'),
        this.set(`${p}.time`, clockTime(r.timestamp)),
        this.set(`${p}.student_response`, r.response.slice(0, 255)),
        this.set(`${p}.result`, 'neutral'),
      ].every(Boolean);
    }
    return [
      this.set(`${p}.id`, r.id),
      this.set(`${p}.type`, 'choice'),
      this.set(`${p}.time`, clockTime(r.timestamp)),
      ...r.correct.map((c, i) =>
        this.set(`${p}.correct_responses.${i}.pattern`, letter(r.options, c)),
      ),
      this.set(`${p}.student_response`, letter(r.options, r.response)),
      this.set(`${p}.result`, r.result),
      this.set(`${p}.latency`, scorm12Time(r.latencyMs)),
    ].every(Boolean);
  }

  recordObjective(o: ObjectiveRecord): boolean {
    const p = `cmi.objectives.${objectiveIndex(this.get, o.id)}`;
    return [
      this.set(`${p}.id`, o.id),
      this.set(`${p}.score.min`, '0'),
      this.set(`${p}.score.max`, '100'),
      this.set(`${p}.score.raw`, String(Math.round(o.scaled * 100))),
      this.set(`${p}.status`, o.passed ? 'passed' : 'failed'),
    ].every(Boolean);
  }

  commit = () => this.session.run(() => this.api.LMSCommit(''));

  terminate(exit: 'suspend' | 'normal'): boolean {
    // RTE 3.4.2.1.4: "suspend" keeps the attempt open so the LMS hands back our data next time.
    this.set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
    this.set('cmi.core.session_time', scorm12Time(this.session.elapsedMs));
    this.commit();
    return this.session.end(() => this.api.LMSFinish(''));
  }
}
