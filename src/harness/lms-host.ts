/**
 * Hosts a package the way an LMS does: scorm-again as the API on this window, the SCO in a frame,
 * and a "database" record in localStorage that survives reloads, so relaunches behave like a real
 * LMS (location and suspend_data handed back only after a suspended exit). Every call passes the
 * strict checker first. Faults can be injected to test that the course never loses progress.
 */

import { Scorm12API, Scorm2004API } from 'scorm-again';
import { API_METHODS } from './api-methods.ts';
import { type Quirk, withQuirk } from './quirks.ts';
import { type Edition, StrictChecker, type Violation } from './strict-checker.ts';

export type Fault = 'none' | 'commit-false' | 'commit-throws' | 'no-api' | 'init-false';

export interface LmsRecord {
  /** Every value the SCO set, by element (the last one wins), across launches. */
  values: Record<string, string>;
  launches: number;
}

export interface HostOptions {
  edition: Edition;
  /** Key of the record in localStorage (one per package and SCO). */
  key: string;
  fault: Fault;
  /** One real-LMS behaviour to emulate (quirks.ts). */
  quirk?: Quirk | 'none';
  /** How long a commit blocks with the "slow-commit" quirk. */
  slowCommitMs?: number;
  onChange: () => void;
}

// The API's methods, and the elements the host itself reads or writes.
const M = {
  scorm12: {
    ...API_METHODS.scorm12,
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
  },
  scorm2004: {
    ...API_METHODS.scorm2004,
    exit: 'cmi.exit',
    entry: 'cmi.entry',
    location: 'cmi.location',
  },
} as const;

export class LmsHost {
  readonly options: HostOptions;
  checker: StrictChecker;
  record: LmsRecord;
  /** Every API call of every launch, so a test can check each session from start to finish. */
  calls: Array<{
    launch: number;
    method: string;
    element?: string;
    value?: string;
    result: unknown;
  }> = [];
  private pastViolations: Violation[] = [];

  constructor(options: HostOptions) {
    this.options = options;
    this.checker = new StrictChecker(options.edition);
    this.record = this.load();
  }

  /** Violations of every launch so far, the current one included. */
  get violations(): Violation[] {
    return [...this.pastViolations, ...this.checker.violations];
  }

  private load(): LmsRecord {
    try {
      return JSON.parse(localStorage.getItem(this.options.key) ?? '') as LmsRecord;
    } catch {
      return { values: {}, launches: 0 };
    }
  }

  private persist() {
    localStorage.setItem(this.options.key, JSON.stringify(this.record));
  }

  reset() {
    localStorage.removeItem(this.options.key);
    this.record = { values: {}, launches: 0 };
    this.calls = [];
    this.pastViolations = [];
  }

  /** Creates a fresh API for a new launch, pre-loaded from the record like an LMS would. */
  install(win: Window & Record<string, unknown>) {
    const m = M[this.options.edition];
    delete win.API;
    delete win.API_1484_11;
    this.pastViolations.push(...this.checker.violations); // the last session's, Finish included
    this.checker = new StrictChecker(this.options.edition, this.record.values);
    if (this.options.fault === 'no-api') return;
    const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 as never };
    const api =
      this.options.edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const suspended = this.record.values[m.exit] === 'suspend';
    const start: Record<string, string> = {};
    const prefix = this.options.edition === 'scorm12' ? 'cmi.core.' : 'cmi.';
    start[`${prefix}${this.options.edition === 'scorm12' ? 'student_id' : 'learner_id'}`] =
      'learner_1';
    start[`${prefix}${this.options.edition === 'scorm12' ? 'student_name' : 'learner_name'}`] =
      'Learner, Test';
    const quirk = this.options.quirk ?? 'none';
    start[m.entry] = suspended ? 'resume' : this.record.launches === 0 ? 'ab-initio' : '';
    if (quirk === 'entry-empty') start[m.entry] = '';
    if (suspended || quirk === 'entry-empty') {
      start['cmi.suspend_data'] = this.record.values['cmi.suspend_data'] ?? '';
      start[m.location] = this.record.values[m.location] ?? '';
    }
    const kept =
      this.options.edition === 'scorm12'
        ? ['cmi.core.lesson_status', 'cmi.core.score.raw']
        : ['cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.score.scaled'];
    for (const k of kept) if (this.record.values[k] !== undefined) start[k] = this.record.values[k];
    // Like a real LMS, objectives and the attempt's interactions persist across sessions.
    for (const [k, v] of Object.entries(this.record.values))
      if (
        /^cmi\.(objectives|interactions)\.\d+\.(id|type|score\.\w+|status|success_status)$/.test(k)
      )
        start[k] = v;
    (
      api as unknown as { loadFromFlattenedJSON(j: Record<string, string>): void }
    ).loadFromFlattenedJSON(start);
    this.record.launches++;
    this.persist();

    const target = api as unknown as Record<string, (...a: string[]) => unknown>;
    const ctx = {
      error: { code: null as string | null },
      read: (element: string) => target[m.get].call(api, element),
      slowCommitMs: this.options.slowCommitMs,
    };
    const call =
      (method: string, fn: (...a: string[]) => unknown) =>
      (...args: string[]) => {
        const [element, value] =
          method === m.set || method === m.get ? args : [undefined, undefined];
        this.checker.check(method, element, method === m.set ? value : undefined);
        let result: unknown;
        // A lost connection fails commits and the final save alike.
        const saving = method === m.commit || method === m.finish;
        if (saving && this.options.fault === 'commit-throws') {
          this.calls.push({ launch: this.record.launches, method, result: 'threw' });
          throw new Error('The LMS is unreachable (injected fault)');
        }
        if (saving && this.options.fault === 'commit-false') result = 'false';
        else if (method === m.init && this.options.fault === 'init-false') result = 'false';
        else result = fn.apply(api, args);
        // "false" with error 0 (quirk): the LMS kept the value all the same.
        const ok = String(result) === 'true' || ctx.error.code === '0';
        if (method === m.set && ok) this.record.values[element!] = value ?? '';
        if ((method === m.commit || method === m.finish) && ok) this.persist();
        this.calls.push({ launch: this.record.launches, method, element, value, result });
        this.options.onChange();
        return result;
      };
    const names = { get: m.get, set: m.set, commit: m.commit, lastError: m.errors[0] };
    const facade: Record<string, unknown> = {};
    for (const method of [m.init, m.finish, m.get, m.set, m.commit, ...m.errors]) {
      const real = (...a: string[]) => target[method].apply(api, a);
      facade[method] = call(method, withQuirk(quirk, names, method, real, ctx));
    }
    win[this.options.edition === 'scorm12' ? 'API' : 'API_1484_11'] = facade;
  }
}
