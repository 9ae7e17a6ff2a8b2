/**
 * Build-time checks of a scenario graph. Each problem names the node and says what to do, so an
 * author can fix it without reading code. Schema errors (missing fields) are caught before this.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { analyse, MAX_SITUATIONS, situationGraph } from './analysis.ts';
import { ConditionSyntaxError, metersIn, parseCondition } from './condition.ts';
import { edgesOf, findLoops, type Loop, reach } from './graph.ts';
import { endingStats } from './outcomes.ts';

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
  options: { maxSituations?: number } = {},
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

  if (scenario.characters.filter((c) => c.role === 'employee').length !== 1) {
    add('characters', 'needs exactly one character with role "employee" (the learner)');
  }
  if (!targets.has(scenario.start))
    add('start', `"${scenario.start}" is not a node; set start to the id of the first node`);
  else if (scenario.endings.some((e) => e.id === scenario.start))
    add(
      'start',
      `"${scenario.start}" is an ending, so the role-play would end before it begins; set start ` +
        `to the id of the first node`,
    );
  for (const c of scenario.competencies) {
    if (!moduleCompetencies.includes(c))
      add(
        'competencies',
        `"${c}" is not a competency of this module; add it to the module's frontmatter or fix ` +
          `the id (known: ${moduleCompetencies.join(', ')})`,
      );
  }

  const checkCondition = (at: string, source: string) => {
    try {
      for (const id of metersIn(parseCondition(source))) {
        if (!meterIds.has(id))
          add(
            at,
            `condition "${source}" uses "${id}", which is not a meter (known: ` +
              `${[...meterIds].join(', ')})`,
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
        `${field} "${target}" leads nowhere: no node or ending has that id; fix the id or add ` +
          `the node`,
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
        `speaker "${node.speaker}" is not a character; use one of ` +
          `${[...characters.keys()].join(', ')}`,
      );
    if (node.next) checkTarget(node.id, node.next, 'next');
    for (const choice of node.choices ?? []) {
      const at = `${node.id} › ${choice.id}`;
      checkTarget(at, choice.next, 'next');
      if (choice.condition) checkCondition(at, choice.condition);
      for (const m of Object.keys(choice.effects))
        if (!meterIds.has(m))
          add(at, `effect on "${m}", which is not a meter (known: ${[...meterIds].join(', ')})`);
      for (const c of Object.keys(choice.points))
        if (!scenario.competencies.includes(c))
          add(
            at,
            `points for "${c}", which is not in this scenario's competencies ` +
              `(${scenario.competencies.join(', ')})`,
          );
    }
  }
  if (problems.length > 0) return problems; // the graph checks below need valid references
  return [...problems, ...graphProblems(scenario, options.maxSituations)];
}

// Role-plays are acyclic: a loop would make the saved steps (and the worst-case state size)
// unbounded. With no loops, and every node having an arrow (the schema), every path ends.
function loopProblem(loop: Loop): ScenarioProblem {
  const fix = loop.byThreshold
    ? 'a threshold can fire after any choice, so point its goto at an ending'
    : 'point a "next" in the loop at a later node or an ending';
  return {
    at: loop.at,
    message:
      `goes round in a loop (${loop.route}); role-plays must move forward: ${fix}; to let the ` +
      `learner retry, use an ending's try-again`,
  };
}

function graphProblems(scenario: Scenario, limit?: number): ScenarioProblem[] {
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

  const graph = limit ? analyse(scenario, limit) : situationGraph(scenario);
  if (graph.tooComplex) return [tooComplex(scenario, graph.meters, limit ?? MAX_SITUATIONS)];
  for (const s of graph.stuck.slice(0, 3)) {
    const { at, meters } = graph.situations[s];
    const when = graph.meters.map((id, i) => `${id} is ${meters[i]}`).join(' and ');
    problems.push({
      at,
      message:
        `offers no choice${when ? ` when ${when}` : ''} (every condition is false); add ` +
        `a choice without a condition`,
    });
  }
  const reached = new Set(graph.situations.flatMap((s) => s.ending ?? []));
  for (const ending of scenario.endings) {
    if (!reached.has(ending.id))
      problems.push({
        at: ending.id,
        message:
          'no play-through reaches this ending once conditions and thresholds apply; relax a ' +
          'condition or delete the ending',
      });
  }
  return problems;
}

/**
 * The search is bounded: past the bound the author learns what makes the scenario hard to check.
 */
function tooComplex(scenario: Scenario, meters: string[], limit: number): ScenarioProblem {
  return {
    at: 'scenario',
    message:
      `is too complex to verify: more than ${limit.toLocaleString('en')} distinct situations (a ` +
      `node with values of ${meters.join(', ')}), so dead ends cannot be ruled out; simplify: ` +
      `read fewer meters in conditions, use coarser effects (steps of 5 or 10), or split the ` +
      `role-play in two (${scenario.nodes.length} nodes now)`,
  };
}

/**
 * Each ending's number of paths and range of total competency points, for authors and reviewers.
 */
export function endingReport(scenario: Scenario): EndingReport[] {
  const outcome = new Map(scenario.endings.map((e) => [e.id, e.outcome]));
  return endingStats(scenario).map((r) => ({ ...r, outcome: outcome.get(r.ending)! }));
}
