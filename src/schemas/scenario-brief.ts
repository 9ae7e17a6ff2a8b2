/** Who is in a scenario, and what running it in class needs: role cards and the brief. */
import { z } from 'zod';
import { idSchema, textSchema } from './id.ts';

/** Someone who speaks in the scenario. */
export const characterSchema = z.strictObject({
  /** Stable id, used as `speaker:` on nodes. */
  id: idSchema,
  /** Display name, e.g. "Mrs Okafor" or "You". */
  name: textSchema,
  /**
   * `customer` for the member of the public, `employee` for the learner's role, `colleague` for
   * others.
   */
  role: z.enum(['customer', 'employee', 'colleague', 'manager'], {
    error: 'must be customer, employee, colleague or manager',
  }),
  /** A short persona: who they are and what they carry into the conversation. */
  persona: textSchema,
});

/**
 * What the person playing a character opposite the learner needs: mood, wants, what escalates and
 * what calms.
 */
const cardText = {
  /** Mood at the start. */
  mood: textSchema,
  /** What they want from this conversation. */
  wants: textSchema,
  /** What makes them more tense. */
  escalates: z.array(textSchema).min(1),
  /** What calms them. */
  calms: z.array(textSchema).min(1),
};

/**
 * A role card for someone the learner talks to: a customer, a colleague, or the team member in a
 * manager's scenario. The card names its character by id, so the facilitator kit prints the right
 * name; `npm run check` reports an id that is not one of the scenario's characters.
 */
export const roleCardSchema = z.strictObject({
  /**
   * Id of the character this card is for, from `characters`, e.g. `holt`. Not the learner (role
   * `employee`): their card is `brief.employee`.
   */
  character: idSchema,
  /**
   * How the card names the part, e.g. "customer", "caller 2", "patient's daughter". Defaults to the
   * character's role.
   */
  label: textSchema.optional(),
  ...cardText,
});

/** Material for running the scenario live in class. */
export const briefSchema = z
  .strictObject({
    /** The situation both players know. */
    situation: textSchema,
    /**
     * One role card per character played opposite the learner, in the order they appear. Several
     * are
     * allowed (three callers, a couple at a desk, a colleague and a patient); each prints on its
     * own.
     */
    cards: z
      .array(roleCardSchema)
      .min(1, 'needs at least one card; name the character the learner talks to')
      .optional(),
    /**
     * @deprecated Write `cards` instead. Older files still load: this card goes to the first
     * character
     * with the role `customer`, and `npm run check` warns that the mapping is implicit.
     */
    customer: z.strictObject(cardText).optional(),
    /** The learner's own card. */
    employee: z.strictObject({
      /**
       * How the learner's card names their part, e.g. "adviser" or "team lead". Defaults to
       * "employee".
       */
      label: textSchema.optional(),
      /** What a good outcome looks like for the learner. */
      goal: textSchema,
      /** The technique from the module to try. */
      technique: textSchema,
    }),
    /** What observers watch for, one item per line of the sheet. */
    observe: z.array(textSchema).min(2),
    /** Questions for the debrief after the role-play. */
    debriefQuestions: z.array(textSchema).min(2),
  })
  .refine((b) => b.cards || b.customer, {
    message:
      'is missing; add one role card per character the learner talks to, e.g. cards: [{ ' +
      'character: <id>, mood, wants, escalates, calms }]',
    path: ['cards'],
  });
