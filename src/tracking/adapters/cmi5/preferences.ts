/**
 * cmi5 §11: the AU reads the learner's preferences (an agent profile the LMS keeps) at start.
 * Language: each package carries one language, so the AU cannot switch; it tells the learner when
 * the module is not in any language they asked for. Audio: the breathing pacer's tone follows it.
 */
import { $learnerPreferences, type LearnerPreferences } from '#src/tracking/preferences.ts';

export const PREFERENCES_PROFILE = 'cmi5LearnerPreferences';

interface ProfileDocument {
  languagePreference?: unknown;
  audioPreference?: unknown;
}

/** The profile as the LMS wrote it, tolerant of a missing or malformed document. */
export function parsePreferences(doc: ProfileDocument | null): LearnerPreferences {
  const languages =
    typeof doc?.languagePreference === 'string'
      ? doc.languagePreference
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean)
      : [];
  const audio = doc?.audioPreference;
  return { languages, ...(audio === 'on' || audio === 'off' ? { audio } : {}) };
}

/** True when the learner named languages and none of them is the page's (by primary subtag). */
export function languageMissing(prefs: LearnerPreferences, pageLang: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return (
    prefs.languages.length > 0 && !prefs.languages.some((tag) => primary(tag) === primary(pageLang))
  );
}

export const applyPreferences = (prefs: LearnerPreferences) => $learnerPreferences.set(prefs);
