/**
 * Enumerates every play-through of a scenario, for the validator (reachable endings, score ranges),
 * the exhaustive tests, the worst-case saved-state size and the scenario map.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { availableChoices, CONTINUE, isContinue, next, type PlayState, start } from './engine.ts';

export interface PathWalk {
  /** Finished play-throughs. */
  complete: PlayState[];
  /** States where no choice is offered (every condition false): a dead end at run time. */
  stuck: PlayState[];
  /** True when the walk stopped at `limit` paths. */
  truncated: boolean;
}

/**
 * Depth-first walk of every path. The validator rejects loops, so a node met twice on one path means
 * an unvalidated scenario: fail rather than skip it, which would understate the longest saved steps.
 */
const walks = new WeakMap<Scenario, PathWalk>();

export function walkPaths(scenario: Scenario, limit = 100_000): PathWalk {
  const cached = walks.get(scenario);
  if (cached) return cached;
  const result: PathWalk = { complete: [], stuck: [], truncated: false };
  const onPath = new Set<string>();
  const visit = (state: PlayState) => {
    if (result.complete.length >= limit) return void (result.truncated = true);
    if (state.ending) return void result.complete.push(state);
    if (onPath.has(state.at))
      throw new Error(
        `Scenario "${scenario.id}" loops back to "${state.at}"; run the validator (npm run check)`,
      );
    onPath.add(state.at);
    const steps = isContinue(scenario, state)
      ? [CONTINUE]
      : availableChoices(scenario, state).map((c) => c.id);
    if (steps.length === 0) result.stuck.push(state);
    for (const step of steps) visit(next(scenario, state, step));
    onPath.delete(state.at);
  };
  visit(start(scenario));
  walks.set(scenario, result);
  return result;
}

/** Sum of a state's competency points. */
export const totalPoints = (s: PlayState) => Object.values(s.points).reduce((a, b) => a + b, 0);

/** The highest-scoring complete path: the "stronger path" shown beside the learner's. */
export function bestPath(scenario: Scenario): PlayState {
  const { complete } = walkPaths(scenario);
  return complete.reduce((best, s) => (totalPoints(s) > totalPoints(best) ? s : best));
}

/** The most points each competency can earn on any path, for scaling LMS objective scores. */
export function maxPointsPerCompetency(scenario: Scenario): Record<string, number> {
  const max: Record<string, number> = Object.fromEntries(scenario.competencies.map((c) => [c, 0]));
  for (const s of walkPaths(scenario).complete) {
    for (const [id, n] of Object.entries(s.points)) max[id] = Math.max(max[id] ?? 0, n);
  }
  return max;
}
