/** What every input parser turns a record into, whatever the LMS or LRS it came from. */

/** Where a record came from, so a problem can name the file and line. */
export interface Source {
  file: string;
  line: number;
}

/** One answer or decision: a SCORM interaction, a cmi5 `answered` statement or a CSV row. */
export interface AnswerEvent {
  type: 'answer';
  /** Opaque learner key; kept in memory to count learners, never written to the report. */
  learner: string;
  /** LMS attempt number or cmi5 registration; '' when the export has none. */
  attempt: string;
  /** Epoch milliseconds; NaN when unknown. */
  time: number;
  /** Interaction id as the course sent it, e.g. `rp.refund_call.opening` or `check_1.q_calls`. */
  id: string;
  /** Option or choice id, or a SCORM 1.2 letter (resolved later through the authored order). */
  response: string;
  group?: string;
  source: Source;
}

/** A module-level fact: launched, completed, passed, failed, or a finished session. */
export interface ModuleEvent {
  type: 'module';
  learner: string;
  attempt: string;
  time: number;
  module: string;
  status: 'launched' | 'completed' | 'passed' | 'failed' | 'incomplete';
  /** 0–100. */
  score?: number;
  /** Time spent in this session or attempt, in milliseconds. */
  durationMs?: number;
  /** Section id where the learner stopped (saved location), when known. */
  location?: string;
  group?: string;
  source: Source;
}

/** A competency score (SCORM objective). */
export interface ObjectiveEvent {
  type: 'objective';
  learner: string;
  attempt: string;
  time: number;
  competency: string;
  /** 0–1. */
  scaled: number;
  group?: string;
  source: Source;
}

export type ReportEvent = AnswerEvent | ModuleEvent | ObjectiveEvent;

/** A row or statement that could not be used, and why. */
export interface Problem {
  file: string;
  line: number;
  reason: string;
}

/** What a parser hands on: an event, a problem, or a duplicate to count. */
export type ParseOutput =
  | { kind: 'event'; event: ReportEvent; dedupKey: string }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'skip' };
