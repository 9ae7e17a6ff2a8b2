/**
 * Results over every play-through without walking them: dynamic programming over the situation
 * graph (analysis.ts), each situation visited once, children before parents.
 */
import type { Scenario } from '../schemas/scenario.ts';
import { type Move, movePoints, type SituationGraph, situationGraph } from './analysis.ts';
import type { PlayState } from './engine.ts';

export interface EndingStats {
  ending: string;
  /** Complete play-throughs that end here (a float: it can be astronomically large). */
  paths: number;
  minPoints: number;
  maxPoints: number;
}

/** For every situation, the best value of `gain` summed to an ending (stuck: -Infinity). */
function bestTotals(graph: SituationGraph, gain: (m: Move) => number) {
  const value = new Float64Array(graph.situations.length).fill(-Infinity);
  const pick = new Int32Array(graph.situations.length).fill(-1);
  for (const s of graph.backwards) {
    const here = graph.situations[s];
    if (here.ending) value[s] = 0;
    here.moves.forEach((m, i) => {
      const v = gain(m) + value[m.to];
      if (v > value[s]) {
        value[s] = v;
        pick[s] = i;
      }
    });
  }
  return { value, pick };
}

/**
 * The highest-scoring complete path (the first such path in choice order), as the engine's state
 * at its ending; built along the path in one pass, not replayed step by step.
 */
export function bestPlay(scenario: Scenario): PlayState {
  const graph = situationGraph(scenario);
  const { pick } = bestTotals(graph, movePoints);
  const meters = Object.fromEntries(scenario.meters.map((m) => [m.id, m.start]));
  const points: Record<string, number> = {};
  const steps: string[] = [];
  let s = 0;
  for (; pick[s] >= 0; s = graph.situations[s].moves[pick[s]].to) {
    const { step, choice } = graph.situations[s].moves[pick[s]];
    steps.push(step);
    for (const m of scenario.meters)
      meters[m.id] = Math.min(m.max, Math.max(m.min, meters[m.id] + (choice?.effects[m.id] ?? 0)));
    for (const [id, n] of Object.entries(choice?.points ?? {})) points[id] = (points[id] ?? 0) + n;
  }
  const { at, ending } = graph.situations[s];
  return { at, meters, points, steps, ending };
}

/** The most points each competency can earn on any complete path. */
export function maxPerCompetency(scenario: Scenario): Record<string, number> {
  const graph = situationGraph(scenario);
  const ids = new Set([
    ...scenario.competencies,
    ...scenario.nodes.flatMap((n) => (n.choices ?? []).flatMap((c) => Object.keys(c.points))),
  ]);
  return Object.fromEntries(
    [...ids].map((id) => {
      const { value } = bestTotals(graph, (m) => m.choice?.points[id] ?? 0);
      return [id, Math.max(0, value[0])];
    }),
  );
}

/** Per ending: how many complete paths reach it and their range of total points. */
export function endingStats(scenario: Scenario): EndingStats[] {
  const graph = situationGraph(scenario);
  const n = graph.situations.length;
  return scenario.endings.map((ending) => {
    const count = new Float64Array(n);
    const min = new Float64Array(n).fill(Infinity);
    const max = new Float64Array(n).fill(-Infinity);
    for (const s of graph.backwards) {
      const here = graph.situations[s];
      if (here.ending === ending.id) {
        count[s] = 1;
        min[s] = max[s] = 0;
      }
      for (const m of here.moves) {
        if (count[m.to] === 0) continue;
        const p = movePoints(m);
        count[s] += count[m.to];
        min[s] = Math.min(min[s], p + min[m.to]);
        max[s] = Math.max(max[s], p + max[m.to]);
      }
    }
    const reached = count[0] > 0;
    return {
      ending: ending.id,
      paths: count[0],
      minPoints: reached ? min[0] : 0,
      maxPoints: reached ? max[0] : 0,
    };
  });
}

/**
 * Lowest and highest value of every meter at each ending, over every complete path. Meters that
 * conditions read are part of each situation; the others are carried forward as sets of values
 * (a meter has at most max − min + 1 of them), situation by situation in topological order.
 */
export function meterRangesAtEndings(
  scenario: Scenario,
): Record<string, Record<string, { min: number; max: number }>> {
  const graph = situationGraph(scenario);
  const read = new Map(graph.meters.map((id, i) => [id, i]));
  const free = scenario.meters.filter((m) => !read.has(m.id));
  const values = new Map<number, Array<Set<number>>>([[0, free.map((m) => new Set([m.start]))]]);
  const out: Record<string, Record<string, { min: number; max: number }>> = {};
  const widen = (ending: string, id: string, v: number) => {
    out[ending] ??= {};
    const r = out[ending][id];
    out[ending][id] = r ? { min: Math.min(r.min, v), max: Math.max(r.max, v) } : { min: v, max: v };
  };
  for (let k = graph.backwards.length - 1; k >= 0; k--) {
    const s = graph.backwards[k];
    const here = graph.situations[s];
    const sets = values.get(s);
    if (!sets) continue;
    values.delete(s);
    if (here.ending) {
      for (const [id, i] of read) widen(here.ending, id, here.meters[i]);
      free.forEach((m, j) => {
        for (const v of sets[j]) widen(here.ending!, m.id, v);
      });
      continue;
    }
    for (const move of here.moves) {
      const next = values.get(move.to) ?? free.map(() => new Set<number>());
      free.forEach((m, j) => {
        const effect = move.choice?.effects[m.id] ?? 0;
        for (const v of sets[j]) next[j].add(Math.min(m.max, Math.max(m.min, v + effect)));
      });
      values.set(move.to, next);
    }
  }
  return out;
}
