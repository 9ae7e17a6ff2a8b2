/**
 * What can really happen in a scenario once meters and conditions apply, without enumerating
 * paths: a memoised search over situations (where the learner is × the values of the meters that
 * some condition reads). Paths that meet in the same situation are merged, so the work is bounded
 * by the number of situations, not paths; above `MAX_SITUATIONS` the search stops and says so.
 * Scores, path counts and the best path are then dynamic programming over that graph.
 * The scenario must have passed the structural checks (valid references, no loop).
 */
import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { type Condition, evaluateCondition, metersIn, parseCondition } from './condition.ts';
import { CONTINUE } from './engine.ts';

/**
 * Enough for three meters read by conditions over a few hundred nodes; a few hundred MB at most.
 */
export const MAX_SITUATIONS = 200_000;

export interface Move {
  /** A choice id, or CONTINUE. */
  step: string;
  choice?: Choice;
  to: number;
}

export interface Situation {
  /** Node id, or ending id when `ending` is set. */
  at: string;
  /** Values of the meters that conditions read (`SituationGraph.meters`), in that order. */
  meters: number[];
  ending?: string;
  moves: Move[];
}

export interface SituationGraph {
  /** Situations in discovery order; 0 is the start. */
  situations: Situation[];
  /** Situations in an order where every move points to an earlier one (endings first). */
  backwards: number[];
  /** Choice nodes where no choice is offered, in depth-first order (a dead end at run time). */
  stuck: number[];
  /** Ids of the meters a condition reads: the others cannot change what happens. */
  meters: string[];
  /** True when the search stopped at `MAX_SITUATIONS`. */
  tooComplex: boolean;
}

const compiled = new Map<string, Condition>();
const condition = (source: string) => {
  const known = compiled.get(source);
  if (known) return known;
  const c = parseCondition(source);
  compiled.set(source, c);
  return c;
};

export function analyse(scenario: Scenario, limit = MAX_SITUATIONS): SituationGraph {
  const nodes = new Map<string, ScenarioNode>(scenario.nodes.map((n) => [n.id, n]));
  const routers = new Map((scenario.routers ?? []).map((r) => [r.id, r]));
  const endings = new Set(scenario.endings.map((e) => e.id));
  const sources = [
    ...scenario.meters.flatMap((m) => m.thresholds.map((t) => t.when)),
    ...scenario.nodes.flatMap((n) => (n.choices ?? []).flatMap((c) => c.condition ?? [])),
    ...(scenario.routers ?? []).flatMap((r) => r.routes.flatMap((route) => route.when ?? [])),
  ];
  const read = new Set(sources.flatMap((s) => metersIn(condition(s))));
  const meters = scenario.meters.filter((m) => read.has(m.id));
  const thresholds = scenario.meters.flatMap((m) => m.thresholds);
  const env = (values: number[]) => Object.fromEntries(meters.map((m, i) => [m.id, values[i]]));
  const holds = (source: string | undefined, values: number[]) =>
    !source || evaluateCondition(condition(source), env(values));

  const route = (target: string, values: number[]) => {
    let at = target;
    for (let r = routers.get(at); r; r = routers.get(at))
      at = r.routes.find((x) => holds(x.when, values))?.next ?? r.routes[r.routes.length - 1].next;
    return at;
  };
  const index = new Map<string, number>();
  const situations: Situation[] = [];
  let tooComplex = false;
  const situation = (target: string, values: number[]): number => {
    const at = route(target, values);
    const key = `${at}|${values.join(',')}`;
    const known = index.get(key);
    if (known !== undefined) return known;
    if (situations.length >= limit) tooComplex = true;
    situations.push({ at, meters: values, ending: endings.has(at) ? at : undefined, moves: [] });
    index.set(key, situations.length - 1);
    return situations.length - 1;
  };
  const after = (values: number[], choice: Choice) =>
    meters.map((m, i) => Math.min(m.max, Math.max(m.min, values[i] + (choice.effects[m.id] ?? 0))));

  const stuck: number[] = [];
  const backwards: number[] = [];
  const expanded = new Uint8Array(limit + 8); // one expansion adds at most 4 past the limit
  const stack: Array<{ s: number; next: number }> = [
    {
      s: situation(
        scenario.start,
        meters.map((m) => m.start),
      ),
      next: 0,
    },
  ];
  expanded[0] = 1;
  expand(0);
  function expand(s: number) {
    const here = situations[s];
    const node = here.ending ? undefined : nodes.get(here.at);
    if (!node) return;
    if (!node.choices) {
      here.moves.push({ step: CONTINUE, to: situation(node.next!, here.meters) });
      return;
    }
    for (const choice of node.choices) {
      if (!holds(choice.condition, here.meters)) continue;
      const values = after(here.meters, choice);
      const tipped = thresholds.find((t) => holds(t.when, values));
      here.moves.push({
        step: choice.id,
        choice,
        to: situation(tipped?.goto ?? choice.next, values),
      });
    }
    if (here.moves.length === 0) stuck.push(s);
  }
  while (stack.length > 0 && !tooComplex) {
    const top = stack[stack.length - 1];
    const moves = situations[top.s].moves;
    if (top.next >= moves.length) {
      backwards.push(top.s);
      stack.pop();
      continue;
    }
    const to = moves[top.next++].to;
    if (!expanded[to]) {
      expanded[to] = 1;
      expand(to);
      stack.push({ s: to, next: 0 });
    }
  }
  return { situations, backwards, stuck, meters: meters.map((m) => m.id), tooComplex };
}

/** What decides what can happen: everything but the text, so every language shares one search. */
const shape = (s: Scenario) =>
  JSON.stringify([
    s.start,
    s.meters.map((m) => [m.id, m.start, m.min, m.max, m.thresholds]),
    s.nodes.map((n) => [
      n.id,
      n.next,
      n.choices?.map((c) => [c.id, c.condition, c.effects, c.points, c.next]),
    ]),
    s.routers,
    s.endings.map((e) => e.id),
  ]);
const byObject = new WeakMap<Scenario, SituationGraph>();
const byShape = new Map<string, SituationGraph>();
/** Runs of `analyse` so far: lets a test prove that no scenario is searched twice. */
export const analysisRuns = { count: 0 };

/**
 * `analyse` once per scenario: the check, the page (best path, maximum points) and the map all
 * ask about the same graph, often through a copy (a translation, a spread without `brief`).
 */
export function situationGraph(scenario: Scenario): SituationGraph {
  const cached = byObject.get(scenario);
  if (cached) return cached;
  const key = shape(scenario);
  let graph = byShape.get(key);
  if (!graph) {
    analysisRuns.count++;
    graph = analyse(scenario);
    if (byShape.size >= 500) byShape.clear(); // a long `npm run dev` session edits many shapes
    byShape.set(key, graph);
  }
  byObject.set(scenario, graph);
  return graph;
}

export const movePoints = (m: Move) =>
  m.choice ? Object.values(m.choice.points).reduce((a, b) => a + b, 0) : 0;
