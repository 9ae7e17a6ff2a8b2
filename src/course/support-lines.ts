/**
 * The lines of the support block in one language, from course.yaml's `support:` or, for each field
 * left out, neutral wording. Shared by the module pages, the job aids, the warning-signs tool and
 * the facilitator guides, so every place says the same thing. Pure.
 */
import { t } from '../i18n/ui.ts';
import type { Support } from '../schemas/support.ts';

export interface SupportLines {
  /** Said first and on its own: danger to life. */
  urgent: string;
  /** The other places to turn, in the order a person would usually try them. */
  lines: string[];
  /** The organisation's own note, if any. */
  note?: string;
}

export function supportLines(support: Support | undefined, lang: string): SupportLines {
  const s = support ?? {};
  const urgent = t(lang, 'supportEmergency', {
    number: s.emergency ?? t(lang, 'supportEmergencyNeutral'),
  });
  const lines = [
    t(lang, 'supportCrisis', { line: s.crisisLine ?? t(lang, 'supportCrisisNeutral') }),
    s.assistance ? t(lang, 'supportAssistance', s.assistance) : t(lang, 'supportAssistanceNeutral'),
    s.occupationalHealth
      ? t(lang, 'supportOccupationalHealth', { contact: s.occupationalHealth })
      : t(lang, 'supportOccupationalHealthNeutral'),
    t(lang, 'supportDoctor'),
    t(lang, 'supportPeople'),
  ];
  return { urgent, lines, note: s.note };
}
