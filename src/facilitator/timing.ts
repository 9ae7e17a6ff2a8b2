/**
 * How long a role-play takes in class: the one place the kit computes it, so the kit's home page,
 * each module's guide and the session plans give the same number. A run-through is the scenario's
 * own `duration`; the players are briefed first and the threes debrief after.
 */

import { t } from '../i18n/ui.ts';
import type { Scenario } from '../schemas/scenario.ts';

/** Minutes to hand out the role cards and read the situation aloud. */
export const BRIEFING_MINUTES = 2;
/** Minutes of debrief in the threes, with the observer sheet. */
export const DEBRIEF_MINUTES = 4;

export interface ClassTiming {
  briefing: number;
  play: number;
  debrief: number;
  total: number;
}

export function classTiming(scenario: Pick<Scenario, 'duration'>): ClassTiming {
  const play = scenario.duration;
  return {
    briefing: BRIEFING_MINUTES,
    play,
    debrief: DEBRIEF_MINUTES,
    total: BRIEFING_MINUTES + play + DEBRIEF_MINUTES,
  };
}

/**
 * e.g. "about 12 minutes in class (2 to brief, 6 to play, 4 to debrief)", in the kit's language.
 */
export function classTimingText(scenario: Pick<Scenario, 'duration'>, lang: string): string {
  const { total, briefing, play, debrief } = classTiming(scenario);
  return t(lang, 'kitClassTiming', { total, briefing, play, debrief });
}
