/**
 * Strict data-model checker: wraps the calls a course makes and records every one a strict LMS
 * would reject, though scorm-again accepts it. Used by the LMS preview and the browser tests.
 */
import { API_METHODS } from './api-methods.ts';
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

const NAMES = API_METHODS;

/** Status order: a write below what the LMS held at launch is a downgrade (never allowed). */
const RANK: Record<string, number> = {
  'not attempted': 0,
  unknown: 0,
  browsed: 1,
  incomplete: 1,
  failed: 2,
  completed: 2,
  passed: 3,
};
const STATUS = /^cmi\.(core\.lesson_status|completion_status|success_status)$/;

export class StrictChecker {
  readonly violations: Violation[] = [];
  readonly edition: Edition;
  private state: 'new' | 'open' | 'closed' = 'new';
  private readonly types = new Map<string, string>();
  private interactionCount = 0;
  /** Ids set per objective and interaction index: in 2004 an id never changes (error 351). */
  private readonly ids = new Map<string, string>();
  private readonly launchStatus = new Map<string, string>();

  /** `held`: what the LMS record holds at this launch (ids, counts, statuses), by element. */
  constructor(edition: Edition, held: Record<string, string> = {}) {
    this.edition = edition;
    for (const [element, value] of Object.entries(held)) {
      const id = /^cmi\.(objectives|interactions)\.(\d+)\.id$/.exec(element);
      if (id) this.ids.set(`${id[1]}.${id[2]}`, value);
      if (id?.[1] === 'interactions')
        this.interactionCount = Math.max(this.interactionCount, Number(id[2]) + 1);
      if (STATUS.test(element)) this.launchStatus.set(element, value);
    }
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
    // error getters are always allowed
    if (![names.get, names.set, names.commit, names.finish].includes(method as never)) return;
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
    const held = this.launchStatus.get(element);
    if (held !== undefined && (RANK[value] ?? 0) < (RANK[held] ?? 0))
      this.flag(call, `downgrades "${held}" (held at launch) to "${value}"`, element, value);
    this.checkId(call, element, value);
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!interaction) return;
    const [n, field] = [Number(interaction[1]), interaction[2]];
    if (n < this.interactionCount && field === 'id')
      this.flag(call, `overwrites interaction ${n}; append at _count`, element, value);
    if (n > this.interactionCount)
      this.flag(call, `interaction ${n} skips index ${this.interactionCount}`, element, value);
    if (n === this.interactionCount && field === 'id') {
      this.interactionCount++;
      this.ids.set(`interactions.${n}`, value);
    }
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

  /** RTE 4.2.17 (2004): an objective's id, once set, cannot change (error 351); find it by id. */
  private checkId(call: string, element: string, value: string) {
    const objective = /^cmi\.objectives\.(\d+)\.id$/.exec(element);
    if (!objective) return;
    const before = this.ids.get(`objectives.${objective[1]}`);
    if (before !== undefined && before !== value && this.edition === 'scorm2004')
      this.flag(
        call,
        `rewrites objective id "${before}" (error 351); find objectives by id`,
        element,
        value,
      );
    if (before !== undefined && before !== value && this.edition === 'scorm12')
      this.flag(call, `overwrites objective "${before}"; find objectives by id`, element, value);
    this.ids.set(`objectives.${objective[1]}`, value);
  }
}
