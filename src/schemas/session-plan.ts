import { z } from 'zod';
import { idSchema, textSchema } from './id.ts';

/** One timed block of a session plan. */
export const planBlockSchema = z.strictObject({
  /** How long the block takes, in minutes. The blocks must add up to the plan's `minutes`. */
  minutes: z.number().int().min(1).max(120),
  /** `break` and `lunch` are time away from the work; everything else is a `session` block. */
  kind: z.enum(['session', 'break', 'lunch']).default('session'),
  /** What happens, in a few words, e.g. "Role-play in threes". */
  activity: textSchema,
  /** How to run it: what the facilitator says, asks or watches for. */
  detail: textSchema.optional(),
  /** What to have ready: slides, role cards, the projector. */
  materials: textSchema.optional(),
  /**
   * Id of the scenario played in this block. `npm run check` makes sure the block leaves time to
   * brief, play and debrief it (src/facilitator/timing.ts).
   */
  roleplay: idSchema.optional(),
  /**
   * How many times the role-play is played in this block: a projector run then a run in threes is
   * 2.
   */
  runs: z.number().int().min(1).max(3).default(1),
});

/** `content/sessions/<id>.yaml` with `kind: session`: a timed plan for a room or a video call. */
export const sessionPlanSchema = z.strictObject({
  kind: z.literal('session'),
  /** Stable id of the plan, used by the programme. */
  id: idSchema,
  /** Heading of the plan, e.g. "Managing dissatisfaction: a 70-minute session". */
  title: textSchema,
  /** Who it is for and what participants leave with. */
  purpose: textSchema,
  /** The module this plan teaches; its facilitator guide then shows the plan. */
  module: idSchema.optional(),
  /** The stated total in minutes; `npm run check` adds up the blocks and compares. */
  minutes: z.number().int().min(10).max(480),
  /** The timed blocks in order. */
  blocks: z.array(planBlockSchema).min(1),
});

/** `content/sessions/<id>.yaml` with `kind: programme`: the modules spread over weeks. */
export const programmeSchema = z.strictObject({
  kind: z.literal('programme'),
  /** Stable id of the programme. */
  id: idSchema,
  /** Heading of the programme. */
  title: textSchema,
  /** Who it is for, and why it is spread out. */
  purpose: textSchema,
  /** Smallest and largest group the plans are written for. */
  groupSize: z.strictObject({
    min: z.number().int().min(1),
    max: z.number().int().min(1),
  }),
  /** The sessions in order: the week each falls in and the plan it runs. */
  sessions: z
    .array(
      z.strictObject({
        /** Week of the programme, from 1; weeks only go forward. */
        week: z.number().int().min(1).max(52),
        /** Id of a session plan in this folder. */
        plan: idSchema,
        /** Why it sits here, or what to ask participants to do before the next one. */
        note: textSchema.optional(),
      }),
    )
    .min(1),
  /** How to run the sessions in a room and on a video call. */
  delivery: z.strictObject({ inRoom: textSchema, virtual: textSchema }),
  /** Guidance for the whole programme (confidentiality, co-facilitation, follow-up...). */
  sections: z.array(
    z.strictObject({
      /** Heading of the section. */
      title: textSchema,
      /** Its paragraphs, as plain text. */
      paragraphs: z.array(textSchema).min(1),
    }),
  ),
});

export const planFileSchema = z.discriminatedUnion('kind', [sessionPlanSchema, programmeSchema]);

export type PlanBlock = z.infer<typeof planBlockSchema>;
export type SessionPlan = z.infer<typeof sessionPlanSchema>;
export type Programme = z.infer<typeof programmeSchema>;
