/**
 * Build-time checks of a scenario graph. Each problem names the node and says what to do, so an
 * author can fix it without reading code. Schema errors (missing fields) are caught before this.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { ConditionSyntaxError, metersIn, parseCondition } from './condition.ts';
import { totalPoints, walkPaths } from './paths.ts';

export interface ScenarioProblem {
  /** Where in the file: a node, choice, meter or ending id, or "scenario". */
  at: string;
  message: string;
}

export interface EndingReport {
  ending: string;
  outcome: string;
  paths: number;
  minPoints: number;
  maxPoints: number;
}

export function validateScenario(
  scenario: Scenario,
  moduleCompetencies: readonly string[],
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (at: string, message: string) => problems.push({ at, message });
  const routers = scenario.routers ?? [];
  const targets = new Set([
    ...scenario.nodes.map((n) => n.id),
    ...routers.map((r) => r.id),
    ...scenario.endings.map((e) => e.id),
  ]);
  const meterIds = new Set(scenario.meters.map((m) => m.id));
  const characters = new Map(scenario.characters.map((c) => [c.id, c]));

  const seen = new Set<string>();
  for (const id of [
    ...scenario.nodes.map((n) => n.id),
    ...routers.map((r) => r.id),
    ...scenario.endings.map((e) => e.id),
  ]) {
    if (seen.has(id))
      add(id, `the id "${id}" is used twice; give each node, router and ending its own id`);
    seen.add(id);
  }
  for (const [label, ids] of [
    ['character', scenario.characters.map((c) => c.id)],
    ['meter', [...meterIds]],
  ] as const) {
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of dupes) add(id, `the ${label} id "${id}" is used twice; rename one`);
  }
  if (scenario.characters.filter((c) => c.role === 'employee').length !== 1) {
    add('characters', 'needs exactly one character with role "employee" (the learner)');
  }
  if (!targets.has(scenario.start))
    add('start', `"${scenario.start}" is not a node; set start to the id of the first node`);
  for (const c of scenario.competencies) {
    if (!moduleCompetencies.includes(c))
      add(
        'competencies',
        `"${c}" is not a competency of this module; add it to the module's frontmatter or fix the id (known: ${moduleCompetencies.join(', ')})`,
      );
  }

  const checkCondition = (at: string, source: string) => {
    try {
      for (const id of metersIn(parseCondition(source))) {
        if (!meterIds.has(id))
          add(
            at,
            `condition "${source}" uses "${id}", which is not a meter (known: ${[...meterIds].join(', ')})`,
          );
      }
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      add(at, `condition syntax: ${error.message}; write e.g. "tension >= 60 and energy < 30"`);
    }
  };
  const checkTarget = (at: string, target: string, field: string) => {
    if (!targets.has(target))
      add(
        at,
        `${field} "${target}" leads nowhere: no node or ending has that id; fix the id or add the node`,
      );
  };

  for (const meter of scenario.meters) {
    for (const t of meter.thresholds) {
      checkCondition(`meter ${meter.id}`, t.when);
      checkTarget(`meter ${meter.id}`, t.goto, 'threshold goto');
    }
  }
  for (const router of routers) {
    router.routes.forEach((route, i) => {
      const at = `router ${router.id} › route ${i + 1}`;
      if (route.when) checkCondition(at, route.when);
      checkTarget(at, route.next, 'next');
    });
  }
  for (const node of scenario.nodes) {
    if (node.speaker && !characters.has(node.speaker))
      add(
        node.id,
        `speaker "${node.speaker}" is not a character; use one of ${[...characters.keys()].join(', ')}`,
      );
    if (node.next) checkTarget(node.id, node.next, 'next');
    const choiceIds = (node.choices ?? []).map((c) => c.id);
    for (const choice of node.choices ?? []) {
      const at = `${node.id} › ${choice.id}`;
      if (choiceIds.indexOf(choice.id) !== choiceIds.lastIndexOf(choice.id))
        add(at, `choice id "${choice.id}" is used twice in this node; rename one`);
      checkTarget(at, choice.next, 'next');
      if (choice.condition) checkCondition(at, choice.condition);
      for (const m of Object.keys(choice.effects))
        if (!meterIds.has(m))
          add(at, `effect on "${m}", which is not a meter (known: ${[...meterIds].join(', ')})`);
      for (const c of Object.keys(choice.points))
        if (!scenario.competencies.includes(c))
          add(
            at,
            `points for "${c}", which is not in this scenario's competencies (${scenario.competencies.join(', ')})`,
          );
    }
  }
  if (problems.length > 0) return problems; // the graph checks below need valid references
  return [...problems, ...graphProblems(scenario)];
}

/** An arrow of the graph; `via` names the threshold when the arrow is a tipping-point jump. */
interface Edge {
  to: string;
  via?: string;
}

/** A threshold can fire after any choice, so it is an arrow from every node with choices. */
function edgesOf(scenario: Scenario): Map<string, Edge[]> {
  const thresholds = scenario.meters.flatMap((m) =>
    m.thresholds.map((t) => ({ to: t.goto, via: `threshold "${t.when}"` })),
  );
  const routes = (scenario.routers ?? []).map(
    (r) => [r.id, r.routes.map((route) => ({ to: route.next }))] as const,
  );
  return new Map([
    ...scenario.nodes.map(
      (n) =>
        [
          n.id,
          n.choices
            ? [...n.choices.map((c) => ({ to: c.next })), ...thresholds]
            : [{ to: n.next! }],
        ] as const,
    ),
    ...routes,
  ]);
}

function reach(from: string[], edges: Map<string, Edge[]>): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  while (queue.length)
    for (const { to } of edges.get(queue.shift()!) ?? [])
      if (!seen.has(to)) seen.add(to), queue.push(to);
  return seen;
}

/** A loop: the node it returns to, the route round it, and whether a threshold jump is part of it. */
interface Loop {
  at: string;
  route: string;
  byThreshold: boolean;
}

/** Loops of the graph: every depth-first back edge closes one, and a graph with a loop has one. */
function findLoops(first: string[], edges: Map<string, Edge[]>): Loop[] {
  const loops = new Map<string, Loop>(); // keyed by route: two choices with the same next are one loop
  const done = new Set<string>();
  const path: Array<{ id: string; hop: string; via?: string }> = [];
  const hop = (e: Edge) => (e.via ? `(${e.via}) ${e.to}` : e.to);
  const visit = (id: string, arrival: Edge) => {
    path.push({ id, hop: hop(arrival), via: arrival.via });
    for (const e of edges.get(id) ?? []) {
      const back = path.findIndex((p) => p.id === e.to);
      if (back >= 0) {
        const round = [...path.slice(back + 1), { id: e.to, hop: hop(e), via: e.via }];
        const route = [e.to, ...round.map((p) => p.hop)].join(' → ');
        loops.set(route, { at: e.to, route, byThreshold: round.some((p) => p.via) });
      } else if (!done.has(e.to)) visit(e.to, e);
    }
    done.add(path.pop()!.id);
  };
  for (const id of first) if (!done.has(id) && edges.has(id)) visit(id, { to: id });
  return [...loops.values()];
}

// Role-plays are acyclic: a loop would make the saved steps (and the worst-case state size)
// unbounded. With no loops, and every node having an arrow (the schema), every path ends.
function loopProblem(loop: Loop): ScenarioProblem {
  const fix = loop.byThreshold
    ? 'a threshold can fire after any choice, so point its goto at an ending'
    : 'point a "next" in the loop at a later node or an ending';
  return {
    at: loop.at,
    message: `goes round in a loop (${loop.route}); role-plays must move forward: ${fix}; to let the learner retry, use an ending's try-again`,
  };
}

function graphProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const edges = edgesOf(scenario);
  const reachable = reach([scenario.start], edges);
  for (const node of [...scenario.nodes, ...(scenario.routers ?? [])]) {
    if (!reachable.has(node.id))
      problems.push({
        at: node.id,
        message: 'no path from the start reaches this node; point a "next" at it or delete it',
      });
  }
  problems.push(...findLoops([scenario.start, ...edges.keys()], edges).map(loopProblem));
  for (const ending of scenario.endings) {
    if (!reachable.has(ending.id))
      problems.push({
        at: ending.id,
        message: 'no path reaches this ending; point a choice\'s "next" at it or delete it',
      });
  }
  if (problems.length > 0) return problems;

  const walk = walkPaths(scenario);
  if (walk.truncated)
    problems.push({
      at: 'scenario',
      message:
        'has more than 100,000 paths; merge branches so learners and reviewers can follow it',
    });
  for (const stuck of walk.stuck.slice(0, 3)) {
    problems.push({
      at: stuck.at,
      message: `offers no choice when ${Object.entries(stuck.meters)
        .map(([k, v]) => `${k} is ${v}`)
        .join(' and ')} (every condition is false); add a choice without a condition`,
    });
  }
  const reached = new Set(walk.complete.map((s) => s.ending));
  for (const ending of scenario.endings) {
    if (!reached.has(ending.id))
      problems.push({
        at: ending.id,
        message:
          'no play-through reaches this ending once conditions and thresholds apply; relax a condition or delete the ending',
      });
  }
  return problems;
}

/** Each ending's number of paths and range of total competency points, for authors and reviewers. */
export function endingReport(scenario: Scenario): EndingReport[] {
  const walk = walkPaths(scenario);
  return scenario.endings.map((ending) => {
    const totals = walk.complete.filter((s) => s.ending === ending.id).map(totalPoints);
    return {
      ending: ending.id,
      outcome: ending.outcome,
      paths: totals.length,
      minPoints: totals.length ? Math.min(...totals) : 0,
      maxPoints: totals.length ? Math.max(...totals) : 0,
    };
  });
}
