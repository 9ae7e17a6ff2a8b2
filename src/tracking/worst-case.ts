/**
 * The longest saved state a module can produce: every section seen, every question answered, and
 * each role-play on its longest path. In codec v2 a step is one character, so a role-play's share
 * is fixed overhead plus its longest path in steps, which is found in linear time (one memoised
 * walk of the graph: every choice, continue, threshold jump and router route is an edge; routers
 * cost no step). Conditions are ignored, so this is an upper bound; walking every path would be
 * exponential. Used by `npm run check` (via the validation step), the tests and the bench.
 */
import type { ModuleSource } from '../course/load.ts';
import { moduleConfig } from '../course/module-config.ts';
import type { Course } from '../schemas/course.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { encodeProgress, type Graphs } from './state-codec.ts';

/** The most steps any play-through of the scenario can take (an upper bound). Linear time. */
export function longestSteps(scenario: Scenario): number {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const routers = new Map((scenario.routers ?? []).map((r) => [r.id, r]));
  const jumps = scenario.meters.flatMap((m) => m.thresholds.map((t) => t.goto));
  // Each edge: where it leads and what it costs (a step, or 0 through a router).
  const edges = (id: string): Array<[string, number]> => {
    const router = routers.get(id);
    if (router) return router.routes.map((r) => [r.next, 0]);
    const node = nodes.get(id);
    if (node?.choices)
      return [...new Set([...node.choices.map((c) => c.next), ...jumps])].map((to) => [to, 1]);
    return node?.next ? [[node.next, 1]] : []; // an ending (or an id the validator reports)
  };
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  // Depth-first, with an explicit stack: a 5,000-node chain must not overflow the call stack.
  const stack: Array<{ id: string; out: Array<[string, number]> }> = [];
  const enter = (id: string) => {
    if (onPath.has(id))
      throw new Error(
        `Scenario "${scenario.id}" loops back to "${id}"; run the validator (npm run check)`,
      );
    onPath.add(id);
    stack.push({ id, out: edges(id) });
  };
  enter(scenario.start);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const pending = top.out.find(([to]) => !memo.has(to));
    if (pending) {
      enter(pending[0]);
      continue;
    }
    memo.set(top.id, Math.max(0, ...top.out.map(([to, cost]) => cost + memo.get(to)!)));
    onPath.delete(top.id);
    stack.pop();
  }
  return memo.get(scenario.start)!;
}

export interface WorstCase {
  /** Characters of the longest saved state. */
  length: number;
  /** Each placed role-play and its longest path in steps, longest first (what makes it long). */
  scenarios: Array<{ id: string; file: string; steps: number }>;
}

export function worstCase(course: Course, module: ModuleSource, lang: string): WorstCase {
  const config = moduleConfig(course, module, lang);
  const placed = config.scenarios.map((id) => module.scenarios.find((s) => s.id === id)!);
  const graphs: Graphs = Object.fromEntries(placed.map((s) => [s.id, s]));
  const base = encodeProgress(
    {
      revision: 36 ** 6 - 1, // far more changes than any learner makes
      section: config.sections[config.sections.length - 1] ?? null,
      answers: Object.fromEntries(
        config.questions.map((q) => [q.id, q.options[q.options.length - 1]]),
      ),
      roleplays: Object.fromEntries(placed.map((s) => [s.id, { steps: [], finished: true }])),
    },
    graphs,
  );
  const scenarios = placed
    .map((s) => ({ id: s.id, file: s.file, steps: longestSteps(s) }))
    .sort((a, b) => b.steps - a.steps);
  return { length: base.length + scenarios.reduce((n, s) => n + s.steps, 0), scenarios };
}

/** Unchanged name and signature: the characters of the module's longest saved state. */
export const worstCaseStateLength = (course: Course, module: ModuleSource, lang: string) =>
  worstCase(course, module, lang).length;
