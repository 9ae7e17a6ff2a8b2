/**
 * Play-throughs of a scenario. `walkPaths` enumerates every one: exponential, so it is only a test
 * oracle on small scenarios (the build uses analysis.ts and outcomes.ts, which agree with it).
 * `bestPath` and `maxPointsPerCompetency` are what pages need, computed without enumeration.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { availableChoices, CONTINUE, isContinue, next, type PlayState, start } from './engine.ts';
import { bestPlay, maxPerCompetency } from './outcomes.ts';

export interface PathWalk {
  /** Finished play-throughs. */
  complete: PlayState[];
  /** States where no choice is offered (every condition false): a dead end at run time. */
  stuck: PlayState[];
  /** True when the walk stopped at `limit` paths (complete and stuck together). */
  truncated: boolean;
}

const walks = new WeakMap<Scenario, Map<number, PathWalk>>();

/**
 * Depth-first walk of every path, with an explicit stack (no recursion on content size). The
 * validator rejects loops, so a node met twice on one path means an unvalidated scenario: fail
 * rather than skip it, which would understate the longest saved steps.
 */
export function walkPaths(scenario: Scenario, limit = 100_000): PathWalk {
  const cached = walks.get(scenario)?.get(limit);
  if (cached) return cached;
  const result: PathWalk = { complete: [], stuck: [], truncated: false };
  const onPath: string[] = [];
  const stack: Array<{ state: PlayState; steps: string[]; next: number }> = [];
  const enter = (state: PlayState) => {
    if (result.complete.length + result.stuck.length >= limit) {
      result.truncated = true;
      return;
    }
    if (state.ending) {
      result.complete.push(state);
      return;
    }
    if (onPath.includes(state.at))
      throw new Error(
        `Scenario "${scenario.id}" loops back to "${state.at}"; run the validator (npm run check)`,
      );
    const steps = isContinue(scenario, state)
      ? [CONTINUE]
      : availableChoices(scenario, state).map((c) => c.id);
    if (steps.length === 0) {
      result.stuck.push(state);
      return;
    }
    onPath.push(state.at);
    stack.push({ state, steps, next: 0 });
  };
  enter(start(scenario));
  while (stack.length > 0 && !result.truncated) {
    const top = stack[stack.length - 1];
    if (top.next >= top.steps.length) {
      stack.pop();
      onPath.pop();
    } else enter(next(scenario, top.state, top.steps[top.next++]));
  }
  if (!walks.has(scenario)) walks.set(scenario, new Map());
  walks.get(scenario)!.set(limit, result);
  return result;
}

/** Sum of a state's competency points. */
export const totalPoints = (s: PlayState) => Object.values(s.points).reduce((a, b) => a + b, 0);

/** The highest-scoring complete path: the "stronger path" shown beside the learner's. */
export const bestPath = (scenario: Scenario): PlayState => bestPlay(scenario);

/** The most points each competency can earn on any path, for scaling LMS objective scores. */
export const maxPointsPerCompetency = (scenario: Scenario): Record<string, number> =>
  maxPerCompetency(scenario);
