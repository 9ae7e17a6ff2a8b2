/**
 * The scenario as a plain graph (meters and conditions ignored): arrows, reachability, loops and
 * the longest path. Every walk here is iterative and linear in nodes + arrows, so no content size
 * can overflow the stack or run for long. The meter-aware search is in analysis.ts.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { CONTINUE } from './engine.ts';

/** An arrow; `step` is what the learner does to take it (a choice id, CONTINUE, or none). */
export interface Edge {
  to: string;
  /** Names the threshold when the arrow is a tipping-point jump. */
  via?: string;
  step?: string;
  /** A router's route: its condition (absent on the fallback route, taken when none holds). */
  when?: string;
}

/**
 * A threshold can fire after any choice, so it is an arrow from every choice; a router's routes
 * are arrows taken without a step. Endings have no arrows.
 */
export function edgesOf(scenario: Scenario): Map<string, Edge[]> {
  const thresholds = scenario.meters.flatMap((m) =>
    m.thresholds.map((t) => ({ to: t.goto, via: `threshold "${t.when}"` })),
  );
  const edges = new Map<string, Edge[]>();
  for (const n of scenario.nodes) {
    if (!n.choices) edges.set(n.id, [{ to: n.next!, step: CONTINUE }]);
    else
      edges.set(n.id, [
        ...n.choices.map((c) => ({ to: c.next, step: c.id })),
        ...n.choices.flatMap((c) => thresholds.map((t) => ({ ...t, step: c.id }))),
      ]);
  }
  for (const r of scenario.routers ?? [])
    edges.set(
      r.id,
      r.routes.map((route) =>
        route.when ? { to: route.next, when: route.when } : { to: route.next },
      ),
    );
  return edges;
}

/** Everything reachable from `from` (breadth first, a moving index instead of `shift`). */
export function reach(from: readonly string[], edges: Map<string, Edge[]>): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++)
    for (const { to } of edges.get(queue[i]) ?? [])
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  return seen;
}

/**
 * A loop: the node it returns to, the route round it, and whether a threshold jump is part of it.
 */
export interface Loop {
  at: string;
  route: string;
  byThreshold: boolean;
}

/**
 * Loops of the graph: every depth-first back edge closes one, and a graph with a loop has one.
 * Iterative, with the current path indexed, so a 5,000-node chain costs 5,000 steps.
 */
export function findLoops(first: readonly string[], edges: Map<string, Edge[]>, max = 10): Loop[] {
  // keyed by route: two choices with the same next are one loop
  const loops = new Map<string, Loop>();
  const done = new Set<string>();
  const hop = (e: Edge) => (e.via ? `(${e.via}) ${e.to}` : e.to);
  const path: Array<{ id: string; hop: string; via?: string; next: number }> = [];
  const onPath = new Map<string, number>();
  const push = (id: string, arrival: Edge) => {
    onPath.set(id, path.length);
    path.push({ id, hop: hop(arrival), via: arrival.via, next: 0 });
  };
  for (const root of first) {
    if (done.has(root) || !edges.has(root)) continue;
    push(root, { to: root });
    while (path.length > 0 && loops.size < max) {
      const top = path[path.length - 1];
      const out = edges.get(top.id) ?? [];
      if (top.next >= out.length) {
        path.pop();
        onPath.delete(top.id);
        done.add(top.id);
        continue;
      }
      const e = out[top.next++];
      const back = onPath.get(e.to);
      if (back !== undefined) {
        const round = [...path.slice(back + 1), { id: e.to, hop: hop(e), via: e.via }];
        const route = [e.to, ...round.map((p) => p.hop)].join(' → ');
        loops.set(route, { at: e.to, route, byThreshold: round.some((p) => p.via) });
      } else if (!done.has(e.to)) push(e.to, e);
    }
    if (loops.size >= max) break;
  }
  return [...loops.values()];
}

/** Nodes and routers in an order where every arrow points forward (the graph must have no loop). */
export function topologicalOrder(start: string, edges: Map<string, Edge[]>): string[] {
  const post: string[] = [];
  const done = new Set<string>([start]);
  const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const out = edges.get(top.id) ?? [];
    if (top.next >= out.length) {
      post.push(top.id);
      stack.pop();
      continue;
    }
    const { to } = out[top.next++];
    if (!done.has(to)) {
      done.add(to);
      stack.push({ id: to, next: 0 });
    }
  }
  return post.reverse();
}

/**
 * The heaviest path from the start to an ending, conditions ignored: an upper bound on what any
 * play-through can save, in linear time. `weight` prices one step (a choice id or CONTINUE).
 */
export function longestPath(
  scenario: Scenario,
  weight: (step: string) => number,
): { weight: number; steps: string[] } {
  const edges = edgesOf(scenario);
  const order = topologicalOrder(scenario.start, edges);
  const best = new Map<string, { weight: number; edge?: Edge }>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    let top: { weight: number; edge?: Edge } = { weight: 0 };
    for (const e of edges.get(id) ?? []) {
      const w = (e.step ? weight(e.step) : 0) + (best.get(e.to)?.weight ?? 0);
      if (!top.edge || w > top.weight) top = { weight: w, edge: e };
    }
    best.set(id, top);
  }
  const steps: string[] = [];
  for (let at = best.get(scenario.start); at?.edge; at = best.get(at.edge.to))
    if (at.edge.step) steps.push(at.edge.step);
  return { weight: best.get(scenario.start)?.weight ?? 0, steps };
}
