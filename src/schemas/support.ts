import { z } from 'zod';
import { textSchema } from './id.ts';

/**
 * `support:` in course.yaml: where the organisation's people find help. Shown in every job aid, at
 * the end of every module, in the warning-signs tool and in the facilitator guides. Every field is
 * optional: until it is filled in, learners read neutral wording ("your employee assistance
 * programme, if you have one") and `npm run check` warns. Write contacts as they should be read,
 * e.g. "0800 123 456, 24 hours" or "intranet › Wellbeing"; they are shown as text, never as links.
 */
export const supportSchema = z.strictObject({
  /** The employee assistance programme (confidential counselling the employer pays for). */
  assistance: z
    .strictObject({
      /** Its name as staff know it, e.g. "Wellbeing Line". */
      name: textSchema,
      /** How to reach it: phone number and hours, web address, or where staff find the details. */
      contact: textSchema,
    })
    .optional(),
  /**
   * A crisis line for anyone in distress or thinking of suicide, with its hours, e.g. "116 123
   * (Samaritans, 24 hours)".
   */
  crisisLine: textSchema.optional(),
  /** How to reach occupational health, e.g. "occupational.health@example.org, ext. 4400". */
  occupationalHealth: textSchema.optional(),
  /** The local emergency number, e.g. "112", "999" or "911". */
  emergency: textSchema.optional(),
  /**
   * Anything else staff should know: a staff network, a union contact, a chaplaincy. One short
   * paragraph.
   */
  note: textSchema.optional(),
});

export type Support = z.infer<typeof supportSchema>;

/** The fields `npm run check` asks for while they are unset (the note is truly optional). */
export const SUPPORT_FIELDS = [
  'assistance',
  'crisisLine',
  'occupationalHealth',
  'emergency',
] as const;
