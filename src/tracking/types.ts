/** The one interface every LMS adapter implements; the rest of the course never sees the API. */

import type { BrowserKey } from '../i18n/ui.ts';
import type { PriorResult } from './prior-result.ts';

export interface LaunchData {
  /** "resume" when the LMS hands back a suspended attempt. */
  entry: 'ab-initio' | 'resume' | '';
  suspendData: string;
  location: string;
  learnerId: string;
  learnerName: string;
  /** What the LMS held for this module at launch (SCORM), so no write reports less. */
  prior?: PriorResult;
  /**
   * False in a launch without credit (cmi5 Browse or Review): its device copy is kept apart, so
   * its work never becomes credit in a later Normal launch, even when its last save was lost.
   */
  credit?: boolean;
}

export interface TrackingSnapshot {
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  /** 0–100, or undefined before any graded answer. */
  scoreRaw?: number;
  /** 0–1 share of the module done. */
  progress: number;
  location: string;
  suspendData: string;
}

export interface InteractionRecord {
  /**
   * `choice` for answers and decisions; `fill-in` for reflection text (only when the course sends
   * it).
   */
  type?: 'choice' | 'fill-in';
  /** Stable id in [A-Za-z0-9_.], e.g. `check.q_third_call` or `rp.refund_call.opening`. */
  id: string;
  /** Option ids offered, in order (SCORM 1.2 needs their positions). */
  options: string[];
  /** What each option says, in the page's language, for LMS and LRS reports (cmi5 choices). */
  optionTexts?: Record<string, string>;
  response: string;
  correct: string[];
  result: 'correct' | 'wrong' | 'neutral';
  description: string;
  timestamp: Date;
  latencyMs: number;
}

export interface ObjectiveRecord {
  /** Competency id. */
  id: string;
  /** 0–1. */
  scaled: number;
  passed: boolean;
}

/** SCORM answers at once; cmi5 talks to an LRS over the network. */
export type MaybePromise<T> = T | Promise<T>;

export interface LmsAdapter {
  readonly kind: 'scorm12' | 'scorm2004' | 'cmi5' | 'standalone';
  /**
   * The learner, when known even if the session cannot start (cmi5 names them in the launch URL).
   */
  readonly learnerHint?: string;
  /** Where to send the learner after terminating, when the LMS names a place (cmi5 returnURL). */
  readonly returnUrl?: string;
  /** Why initialize failed, when there is more to say than "could not be reached". */
  readonly failure?: BrowserKey;
  /** Starts the session; null when the LMS refused. Call once. */
  initialize(): MaybePromise<LaunchData | null>;
  write(snapshot: TrackingSnapshot): boolean;
  recordInteraction(record: InteractionRecord): boolean;
  recordObjective(record: ObjectiveRecord): boolean;
  /** True once the LMS has stored what was written (cmi5: when the LRS answered). */
  commit(): MaybePromise<boolean>;
  /** Ends the session; "suspend" when the learner leaves before finishing. Nothing after it. */
  terminate(exit: 'suspend' | 'normal'): boolean;
}
