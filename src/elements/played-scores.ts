/**
 * Competency points of every role-play on the page that has reached an ending (played now or
 * restored), shared by the role-plays (for the LMS objectives) and the completion panel.
 */
import { atom } from 'nanostores';
import type { ObjectiveRecord } from '../tracking/types.ts';

export interface PlayedScore {
  points: Record<string, number>;
  max: Record<string, number>;
}

export const $playedScores = atom<Record<string, PlayedScore>>({});

export const recordPlayed = (scenarioId: string, score: PlayedScore) =>
  $playedScores.set({ ...$playedScores.get(), [scenarioId]: score });

/** Earned share per competency over every ended role-play, capped at each scenario's maximum. */
export function competencyShares(scores: Record<string, PlayedScore>): Map<string, number> {
  const totals = new Map<string, { earned: number; max: number }>();
  for (const { points, max } of Object.values(scores)) {
    for (const [id, m] of Object.entries(max)) {
      const t = totals.get(id) ?? { earned: 0, max: 0 };
      totals.set(id, { earned: t.earned + Math.min(points[id] ?? 0, m), max: t.max + m });
    }
  }
  return new Map([...totals].filter(([, t]) => t.max > 0).map(([id, t]) => [id, t.earned / t.max]));
}

export const objectives = (mastery: number): ObjectiveRecord[] =>
  [...competencyShares($playedScores.get())].map(([id, scaled]) => ({
    id,
    scaled,
    passed: scaled >= mastery / 100,
  }));
