/**
 * The role-play engine: pure, deterministic functions over a scenario graph. The browser player,
 * the build, the facilitator's projector and the tests all use these; nothing here touches the DOM.
 * A play-through is fully described by its steps (choice ids, or CONTINUE), so saved progress is
 * just the steps, and everything else is recomputed by `replay`.
 */
import type { Choice, Ending, Router, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { type Condition, evaluateCondition, parseCondition } from './condition.ts';

/** The step taken at a node without choices. */
export const CONTINUE = '_';

export interface PlayState {
  /** Current node id, or the ending id once `ending` is set. */
  at: string;
  meters: Record<string, number>;
  points: Record<string, number>;
  /** Steps taken so far: choice ids and CONTINUE. */
  steps: string[];
  ending?: string;
}

const parsed = new Map<string, Condition>();
function holds(source: string | undefined, meters: Record<string, number>): boolean {
  if (!source) return true;
  if (!parsed.has(source)) parsed.set(source, parseCondition(source));
  return evaluateCondition(parsed.get(source)!, meters);
}

// Lookups by id in constant time: one index per scenario object, built on first use. Scenarios are
// not mutated once loaded, so the index never goes stale.
const nodeIndex = new WeakMap<Scenario, Map<string, ScenarioNode>>();
const endingIndex = new WeakMap<Scenario, Map<string, Ending>>();
function indexed<T extends { id: string }>(
  cache: WeakMap<Scenario, Map<string, T>>,
  scenario: Scenario,
  items: readonly T[],
): Map<string, T> {
  let index = cache.get(scenario);
  if (!index) {
    index = new Map();
    // The first of duplicated ids wins, as a search from the start would (the validator rejects
    // them).
    for (const item of items) if (!index.has(item.id)) index.set(item.id, item);
    cache.set(scenario, index);
  }
  return index;
}

export const nodeById = (scenario: Scenario, id: string): ScenarioNode | undefined =>
  indexed(nodeIndex, scenario, scenario.nodes).get(id);
export const endingById = (scenario: Scenario, id: string): Ending | undefined =>
  indexed(endingIndex, scenario, scenario.endings).get(id);

export function start(scenario: Scenario): PlayState {
  const meters = Object.fromEntries(scenario.meters.map((m) => [m.id, m.start]));
  return arrive(scenario, { at: scenario.start, meters, points: {}, steps: [] }, scenario.start);
}

/**
 * Choices offered at the current node, conditions applied. Empty at an ending or a continue node.
 */
export function availableChoices(scenario: Scenario, state: PlayState): Choice[] {
  if (state.ending) return [];
  return (nodeById(scenario, state.at)?.choices ?? []).filter((c) =>
    holds(c.condition, state.meters),
  );
}

/** True when the current node has no choices and the learner only continues. */
export const isContinue = (scenario: Scenario, state: PlayState): boolean =>
  !state.ending && !nodeById(scenario, state.at)?.choices;

/**
 * Take one step: a choice id offered at the current node, or CONTINUE at a node without choices.
 */
export function next(scenario: Scenario, state: PlayState, step: string): PlayState {
  if (state.ending)
    throw new Error(`Scenario "${scenario.id}" has already ended at "${state.ending}".`);
  const node = nodeById(scenario, state.at);
  if (!node) throw new Error(`Scenario "${scenario.id}" has no node "${state.at}".`);
  const steps = [...state.steps, step];
  if (step === CONTINUE) {
    if (node.choices) throw new Error(`Node "${node.id}" needs a choice, not "continue".`);
    return arrive(scenario, { ...state, steps }, node.next!);
  }
  const choice = availableChoices(scenario, state).find((c) => c.id === step);
  if (!choice)
    throw new Error(`Choice "${step}" is not offered at node "${node.id}" of "${scenario.id}".`);
  const meters = applyEffects(scenario, state.meters, choice.effects);
  const points = { ...state.points };
  for (const [id, n] of Object.entries(choice.points)) points[id] = (points[id] ?? 0) + n;
  const tipped = scenario.meters.flatMap((m) => m.thresholds).find((t) => holds(t.when, meters));
  return arrive(scenario, { ...state, meters, points, steps }, tipped?.goto ?? choice.next);
}

function applyEffects(
  scenario: Scenario,
  meters: Record<string, number>,
  effects: Record<string, number>,
) {
  const result = { ...meters };
  for (const meter of scenario.meters) {
    const changed = result[meter.id] + (effects[meter.id] ?? 0);
    result[meter.id] = Math.min(meter.max, Math.max(meter.min, changed));
  }
  return result;
}

export const routerById = (scenario: Scenario, id: string): Router | undefined =>
  scenario.routers?.find((r) => r.id === id);

/** Follows routers (silent forks on the meters) to the node or ending they lead to. */
export function resolveTarget(
  scenario: Scenario,
  target: string,
  meters: Record<string, number>,
): string {
  let at = target;
  // The validator rejects loops through routers; the bound only guards unvalidated content.
  for (let hops = 0; hops <= (scenario.routers?.length ?? 0); hops++) {
    const router = routerById(scenario, at);
    if (!router) return at;
    at = router.routes.find((r) => holds(r.when, meters))?.next ?? router.routes.at(-1)!.next;
  }
  throw new Error(
    `Scenario "${scenario.id}" routes in a loop at "${at}"; run the validator (npm run check)`,
  );
}

function arrive(scenario: Scenario, state: PlayState, via: string): PlayState {
  const target = resolveTarget(scenario, via, state.meters);
  const ending = endingById(scenario, target);
  return ending
    ? { ...state, at: target, ending: ending.id }
    : { ...state, at: target, ending: undefined };
}

/**
 * Rebuild a state from saved steps. Stops at the first step that no longer fits (edited content).
 */
export function replay(scenario: Scenario, steps: readonly string[]): PlayState {
  let state = start(scenario);
  for (const step of steps) {
    try {
      state = next(scenario, state, step);
    } catch {
      break;
    }
  }
  return state;
}

/** The ids of the nodes visited, in order, for the transcript and the path summary. */
export function visitedNodes(scenario: Scenario, steps: readonly string[]): string[] {
  let state = start(scenario);
  const visited = [state.at];
  for (const step of steps) {
    state = next(scenario, state, step);
    visited.push(state.at);
  }
  return visited;
}
