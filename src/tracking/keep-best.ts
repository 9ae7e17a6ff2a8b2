/**
 * Never downgrade: what the LMS held at launch (completion, success, score) is a floor for every
 * later write of the session. A relaunch after a normal exit starts a fresh page (Moodle hands
 * back no suspend_data) but must not write "incomplete" over "passed". Pure.
 */
import type { PriorResult } from './prior-result.ts';
import type { TrackingSnapshot } from './types.ts';

type Result = Pick<TrackingSnapshot, 'completion' | 'success' | 'scoreRaw' | 'progress'>;

export function keepBest<T extends Result>(prior: PriorResult | null, now: T): T {
  if (!prior) return now;
  const completion = prior.completion === 'completed' ? 'completed' : now.completion;
  const success =
    prior.success === 'passed' || (prior.success === 'failed' && now.success === 'unknown')
      ? prior.success
      : now.success;
  const scores = [prior.scoreRaw, now.scoreRaw].filter((s): s is number => s !== undefined);
  return {
    ...now,
    completion,
    success,
    scoreRaw: scores.length ? Math.max(...scores) : undefined,
    // A 2004 LMS may judge completion from progress_measure: never report less than done.
    progress: completion === 'completed' ? 1 : now.progress,
  };
}

/** Reads a status pair the LMS reported (any case) into a prior result. */
export function priorFrom(completion: string, success: string, score: string): PriorResult {
  const c = completion.trim().toLowerCase();
  const s = success.trim().toLowerCase();
  const raw = score.trim() === '' ? Number.NaN : Number(score);
  return {
    completion: ['completed', 'passed', 'failed'].includes(c)
      ? 'completed'
      : c === 'incomplete' || c === 'browsed'
        ? 'incomplete'
        : 'unknown',
    success: s === 'passed' || s === 'failed' ? s : 'unknown',
    scoreRaw: Number.isFinite(raw) ? raw : undefined,
  };
}
