import { z } from 'zod';
import { idSchema, textSchema } from './id.ts';

/**
 * `content/shared/escalation/<lang>.yaml`: the one escalation ladder of the course, shown by
 * `<EscalationLadder />` wherever a module teaches limits (dissatisfaction, incivility, managers),
 * so every module, job aid and guide climbs the same steps. Adapt it to your own procedure here.
 */
export const escalationSchema = z.strictObject({
  /** Heading of the ladder. */
  title: textSchema,
  /** One or two sentences on how to use it. */
  intro: textSchema,
  /** The steps in order, from frustration about the situation to ending the contact. */
  steps: z
    .array(
      z.strictObject({
        /** Stable id of the step. */
        id: idSchema,
        /** Short name of the step, e.g. "Name the behaviour". */
        title: textSchema,
        /** When this step applies and what to do. */
        text: textSchema,
        /** An example of what to say, shown in quotes. */
        say: textSchema.optional(),
      }),
    )
    .min(2)
    .max(6),
  /** Behaviour that skips the ladder and ends the contact at once (threats, hate, harassment). */
  atOnce: z.strictObject({ title: textSchema, text: textSchema }),
  /** Physical safety: alarms, leaving the counter, never alone at night, reporting. */
  safety: z.strictObject({ title: textSchema, points: z.array(textSchema).min(2) }),
});

export type Escalation = z.infer<typeof escalationSchema>;
