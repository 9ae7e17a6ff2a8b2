import { atom } from 'nanostores';

/**
 * What the learner asked their LMS for (cmi5 §11), for the parts of the page that can follow it.
 */
export interface LearnerPreferences {
  /** RFC 5646 tags, most preferred first. */
  languages: string[];
  /** "off": no sound unless the learner turns it on here; "on": sound by default. */
  audio?: 'on' | 'off';
}

export const $learnerPreferences = atom<LearnerPreferences>({ languages: [] });
