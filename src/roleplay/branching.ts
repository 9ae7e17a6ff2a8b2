/**
 * How much a scenario really branches: whether a decision's choices lead to different places,
 * and whether a weak choice opens a recovery moment of its own. Pure; used by the content tests.
 */
import type { Scenario } from '../schemas/scenario.ts';

/** Nodes where the learner chooses between two or more options. */
export const decisionNodes = (scenario: Scenario) =>
  scenario.nodes.filter((n) => (n.choices?.length ?? 0) >= 2);

/** Decision nodes whose choices lead to at least two different `next` targets. */
export function forkingNodes(scenario: Scenario): string[] {
  return decisionNodes(scenario)
    .filter((n) => new Set(n.choices!.map((c) => c.next)).size >= 2)
    .map((n) => n.id);
}

/** The nodes a choice leads through: its `next`, then every route of a router, then nodes
 * without choices. */
function chain(scenario: Scenario, first: string, seen = new Set<string>()): string[] {
  if (seen.has(first)) return [];
  seen.add(first);
  const router = scenario.routers.find((r) => r.id === first);
  if (router) return router.routes.flatMap((r) => chain(scenario, r.next, seen));
  const node = scenario.nodes.find((n) => n.id === first);
  if (!node) return [];
  return node.choices ? [node.id] : [node.id, ...chain(scenario, node.next!, seen)];
}

/**
 * Recovery moments: decisions that only weak choices lead to (directly or through lines without
 * choices), where a strong choice is on offer, so a learner can repair a slip.
 */
export function recoveryNodes(scenario: Scenario): string[] {
  const reached = (weak: boolean) =>
    new Set(
      scenario.nodes.flatMap((n) =>
        (n.choices ?? [])
          .filter((c) => (c.rating === 'weak') === weak)
          .flatMap((c) => chain(scenario, c.next)),
      ),
    );
  const other = reached(false);
  return [...reached(true)]
    .filter((id) => !other.has(id))
    .map((id) => scenario.nodes.find((n) => n.id === id)!)
    .filter((n) => n.choices?.some((c) => c.rating === 'strong'))
    .map((n) => n.id);
}
