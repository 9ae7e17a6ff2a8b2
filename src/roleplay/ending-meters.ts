/**
 * The range of each meter at each ending over every play-through, so an author can see that
 * endings and meters agree (a "resolved" ending reached with tension at 90 is a contradiction).
 */
import type { Scenario } from '../schemas/scenario.ts';
import { meterRangesAtEndings } from './outcomes.ts';

export interface EndingMeters {
  ending: string;
  /** Lowest and highest value of each meter over the paths that end here; empty when none. */
  meters: Record<string, { min: number; max: number }>;
}

export function endingMeters(scenario: Scenario): EndingMeters[] {
  // Computed on the situation graph (outcomes.ts), not by walking every path.
  const ranges = meterRangesAtEndings(scenario);
  return scenario.endings.map((ending) => ({ ending: ending.id, meters: ranges[ending.id] ?? {} }));
}

/** "tension 0–35, energy 40–80": one line for `npm run check`. */
export const formatMeters = (m: EndingMeters) =>
  Object.entries(m.meters)
    .map(([id, r]) => `${id} ${r.min}–${r.max}`)
    .join(', ');
