/**
 * Strict data-model checker: wraps the calls a course makes and records every one a strict LMS
 * would reject, though scorm-again accepts it. Used by the LMS preview and the browser tests.
 */
import {
  type Rule,
  SCORM12_CHOICE_RESPONSE,
  SCORM12_RULES,
  SCORM2004_CHOICE_RESPONSE,
  SCORM2004_RULES,
} from './data-model-rules.ts';

export type Edition = 'scorm12' | 'scorm2004';

export interface Violation {
  call: string;
  element?: string;
  value?: string;
  problem: string;
}

const NAMES = {
  scorm12: {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
  },
  scorm2004: {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
  },
} as const;

export class StrictChecker {
  readonly violations: Violation[] = [];
  readonly edition: Edition;
  private state: 'new' | 'open' | 'closed' = 'new';
  private readonly types = new Map<string, string>();
  private interactionCount = 0;

  constructor(edition: Edition) {
    this.edition = edition;
  }

  private flag(call: string, problem: string, element?: string, value?: string) {
    this.violations.push({ call, element, value, problem });
  }

  /** Checks one API call before it reaches the LMS. */
  check(method: string, element?: string, value?: string): void {
    const names = NAMES[this.edition];
    if (method === names.init) {
      if (this.state !== 'new')
        this.flag(
          method,
          this.state === 'open' ? 'called twice' : 'called after the session ended',
        );
      this.state = this.state === 'new' ? 'open' : this.state;
      return;
    }
    if (![names.get, names.set, names.commit, names.finish].includes(method as never)) return; // error getters are always allowed
    if (this.state === 'new') this.flag(method, `called before ${names.init}`, element, value);
    if (this.state === 'closed') this.flag(method, `called after ${names.finish}`, element, value);
    if (method === names.finish) this.state = 'closed';
    if (method === names.get && element) this.checkGet(element);
    if (method === names.set && element !== undefined) this.checkSet(element, value ?? '');
  }

  private checkGet(element: string) {
    if (this.edition === 'scorm12' && /^cmi\.interactions\.\d+\.(?!_count)/.test(element)) {
      this.flag('LMSGetValue', 'interactions are write-only in SCORM 1.2', element);
    }
  }

  private checkSet(element: string, value: string) {
    const call = NAMES[this.edition].set;
    const rules = this.edition === 'scorm12' ? SCORM12_RULES : SCORM2004_RULES;
    const rule = rules.find(([re]) => re.test(element))?.[1];
    if (!rule) return this.flag(call, 'is not a writable element of this edition', element, value);
    const problem = rule(value);
    if (problem) this.flag(call, problem, element, value);
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!interaction) return;
    const [n, field] = [Number(interaction[1]), interaction[2]];
    if (n > this.interactionCount)
      this.flag(call, `interaction ${n} skips index ${this.interactionCount}`, element, value);
    if (n === this.interactionCount && field === 'id') this.interactionCount++;
    if (field === 'type') this.types.set(interaction[1], value);
    const isResponse = /^(student_response|learner_response|correct_responses\.\d+\.pattern)$/.test(
      field,
    );
    if (isResponse && this.types.get(interaction[1]) === 'choice') {
      const choice: Rule =
        this.edition === 'scorm12' ? SCORM12_CHOICE_RESPONSE : SCORM2004_CHOICE_RESPONSE;
      const p = choice(value);
      if (p) this.flag(call, p, element, value);
    }
  }
}
