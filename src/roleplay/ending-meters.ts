/**
 * The range of each meter at each ending over every play-through, so an author can see that
 * endings and meters agree (a "resolved" ending reached with tension at 90 is a contradiction).
 */
import type { Scenario } from '../schemas/scenario.ts';
import { walkPaths } from './paths.ts';

export interface EndingMeters {
  ending: string;
  /** Lowest and highest value of each meter over the paths that end here; empty when none. */
  meters: Record<string, { min: number; max: number }>;
}

export function endingMeters(scenario: Scenario): EndingMeters[] {
  const { complete } = walkPaths(scenario);
  return scenario.endings.map((ending) => {
    const meters: EndingMeters['meters'] = {};
    for (const state of complete.filter((s) => s.ending === ending.id)) {
      for (const [id, value] of Object.entries(state.meters)) {
        const range = meters[id] ?? { min: value, max: value };
        meters[id] = { min: Math.min(range.min, value), max: Math.max(range.max, value) };
      }
    }
    return { ending: ending.id, meters };
  });
}

/** "tension 0–35, energy 40–80": one line for `npm run check`. */
export const formatMeters = (m: EndingMeters) =>
  Object.entries(m.meters)
    .map(([id, r]) => `${id} ${r.min}–${r.max}`)
    .join(', ');
