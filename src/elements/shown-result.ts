/**
 * The result the completion panel shows: this session's status, never less than what the LMS held
 * at launch (the never-downgrade rule, seen from the learner's side). Pure.
 */
import type { PriorResult } from '../tracking/prior-result.ts';

export interface ShownResult {
  completed: boolean;
  passed: boolean;
  /** Set when the knowledge check was failed and not yet passed in any session. */
  notYet: boolean;
  scoreRaw?: number;
  /** True when the completion comes only from an earlier session. */
  earlier: boolean;
}

export function shownResult(
  now: { completion: string; success: string; scoreRaw?: number },
  prior: PriorResult | null,
): ShownResult {
  const priorDone = prior?.completion === 'completed' || prior?.success === 'passed';
  const completedNow = now.completion === 'completed';
  const passed = now.success === 'passed' || prior?.success === 'passed';
  const scores = [now.scoreRaw, prior?.scoreRaw].filter((s): s is number => s !== undefined);
  return {
    completed: completedNow || priorDone,
    passed,
    notYet: !passed && now.success === 'failed',
    scoreRaw: scores.length ? Math.max(...scores) : undefined,
    earlier: priorDone && !completedNow,
  };
}
