/** SCORM 2004 4th edition adapter. References are to the SCORM 2004 RTE book, section 4.2. */
import type {
  InteractionRecord,
  LaunchData,
  LmsAdapter,
  ObjectiveRecord,
  TrackingSnapshot,
} from '../types.ts';
import { iso8601Duration, iso8601Time, objectiveIndex, ScormSession, safeGet } from './session.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
}

const SUSPEND_LIMIT = 64000; // RTE 4.2.23: characterstring SPM 64000
const LOCATION_LIMIT = 1000; // RTE 4.2.14
const RESULT = { correct: 'correct', wrong: 'incorrect', neutral: 'neutral' } as const; // RTE 4.2.9.1

export class Scorm2004Adapter implements LmsAdapter {
  readonly kind = 'scorm2004';
  private readonly session = new ScormSession();
  private readonly api: Scorm2004Api;
  constructor(api: Scorm2004Api) {
    this.api = api;
  }

  private set = (element: string, value: string) =>
    this.session.run(() => this.api.SetValue(element, value));
  private get = (element: string) => safeGet(() => this.api.GetValue(element));

  initialize(): LaunchData | null {
    if (!this.session.begin(() => this.api.Initialize(''))) return null;
    const entry = this.get('cmi.entry');
    if (
      this.get('cmi.completion_status') === 'unknown' ||
      this.get('cmi.completion_status') === 'not attempted'
    ) {
      this.set('cmi.completion_status', 'incomplete');
    }
    return {
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      suspendData: this.get('cmi.suspend_data'),
      location: this.get('cmi.location'),
      learnerId: this.get('cmi.learner_id'),
      learnerName: this.get('cmi.learner_name'),
    };
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
    const n = Number(this.get('cmi.interactions._count')) || 0;
    const p = `cmi.interactions.${n}`;
    if (r.type === 'fill-in') {
      // RTE 4.2.9: long-fill-in takes up to 4,000 characters of free text.
      return [
        this.set(`${p}.id`, r.id),
        this.set(`${p}.type`, 'long-fill-in'),
        this.set(`${p}.timestamp`, iso8601Time(r.timestamp)),
        this.set(`${p}.description`, r.description.slice(0, 250)),
        this.set(`${p}.learner_response`, r.response.slice(0, 4000)),
        this.set(`${p}.result`, 'neutral'),
      ].every(Boolean);
    }
    return [
      this.set(`${p}.id`, r.id),
      this.set(`${p}.type`, 'choice'),
      this.set(`${p}.timestamp`, iso8601Time(r.timestamp)),
      this.set(`${p}.description`, r.description.slice(0, 250)),
      ...r.correct.map((c, i) => this.set(`${p}.correct_responses.${i}.pattern`, c)),
      this.set(`${p}.learner_response`, r.response),
      this.set(`${p}.result`, RESULT[r.result]),
      this.set(`${p}.latency`, iso8601Duration(r.latencyMs)),
    ].every(Boolean);
  }

  recordObjective(o: ObjectiveRecord): boolean {
    const p = `cmi.objectives.${objectiveIndex(this.get, o.id)}`;
    return [
      this.set(`${p}.id`, o.id),
      this.set(`${p}.score.scaled`, o.scaled.toFixed(2)),
      this.set(`${p}.success_status`, o.passed ? 'passed' : 'failed'),
      this.set(`${p}.completion_status`, 'completed'),
    ].every(Boolean);
  }

  commit = () => this.session.run(() => this.api.Commit(''));

  terminate(exit: 'suspend' | 'normal'): boolean {
    // RTE 4.2.8: only a "suspend" exit makes the LMS hand back location and suspend_data.
    this.set('cmi.exit', exit);
    this.set('cmi.session_time', iso8601Duration(this.session.elapsedMs));
    this.commit();
    return this.session.end(() => this.api.Terminate(''));
  }
}
