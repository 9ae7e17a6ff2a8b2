/** Durations as people say them: "3 hours, 41 minutes", "1 hour", in the kit's language. */
import { t } from '../i18n/ui.ts';

// Intl.DurationFormat (Node 23+, build time only) is not in TypeScript's lib yet.
type DurationFormat = { format(d: { hours?: number; minutes?: number }): string };
const Format = (
  Intl as unknown as {
    DurationFormat: new (lang: string, o: { style: 'long' }) => DurationFormat;
  }
).DurationFormat;

export function hoursAndMinutes(minutes: number, lang: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return new Format(lang, { style: 'long' }).format({
    ...(hours ? { hours } : {}),
    ...(rest || !hours ? { minutes: rest } : {}),
  });
}

/**
 * A session plan's heading: its name and its length in hours and minutes. A length the plan's title
 * already gives in minutes, "(161 minutes)", is replaced, so the page shows one, readable, length.
 */
export function planHeading(title: string, minutes: number, lang: string): string {
  const name = title.replace(/\s*\(\d+[\s\u00a0]*minutes?\)\s*$/, '');
  return t(lang, 'kitPlanDuration', { title: name, duration: hoursAndMinutes(minutes, lang) });
}
