import { atom } from 'nanostores';

/**
 * The pass mark an LMS names at launch (cmi5 `masteryScore` in LMS.LaunchData, 0–1), when it names
 * one. Every place that judges a score reads `passMark`, so the page, the module status and the LMS
 * record all use one threshold (cmi5 §9.3.6: the LMS's mastery score decides).
 */
export const $launchMastery = atom<number | undefined>(undefined);

/** The pass mark in percent: the launch's when there is one, else the module's own. */
export const passMark = (config: { masteryScore: number }): number => {
  const scaled = $launchMastery.get();
  return scaled === undefined ? config.masteryScore : Math.round(scaled * 1000) / 10;
};

/** Whether a 0–100 score passes: compared as the LMS compares it (score / 100 >= masteryScore). */
export const meetsMastery = (scoreRaw: number, config: { masteryScore: number }): boolean => {
  const scaled = $launchMastery.get();
  return scaled === undefined ? scoreRaw >= config.masteryScore : scoreRaw / 100 >= scaled;
};
