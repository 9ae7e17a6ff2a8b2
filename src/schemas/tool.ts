import { z } from 'zod';
import { idSchema, textSchema, uniqueIds } from './id.ts';

/** Each item of a tool keeps its own answers on the device under its id, so ids are unique. */
const uniqueItems =
  (...lists: string[]) =>
  (tool: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const list of lists)
      uniqueIds(
        (tool[list] as Array<{ id: string }>).map((item, i) => ({
          id: item.id,
          path: [list, i],
          where: `${list} item ${i + 1}`,
        })),
        ctx,
        'ids must be unique in a tool (each item keeps its own answers under its id)',
      );
  };

const base = {
  /** Stable id, referenced from MDX as `<Tool id="..." />`. */
  id: idSchema,
  /** Heading of the tool. */
  title: textSchema,
  /** One or two sentences on what the tool is for and that answers stay on the device. */
  intro: textSchema,
};

/** Private weekly tally of warning signs that points to support, never diagnoses. */
export const signsTrackerSchema = z
  .strictObject({
    ...base,
    type: z.literal('signs_tracker'),
    /** The signs to tick each week. */
    signs: z.array(z.strictObject({ id: idSchema, text: textSchema })).min(4),
    /** Shown when several signs recur over weeks: a nudge towards support, not a diagnosis. */
    recurringNote: textSchema,
    /** What to say and to whom; shown under the course's support block (course.yaml `support:`). */
    support: textSchema,
  })
  .superRefine(uniqueItems('signs'));

/** Paraphrasing practice: rewrite a complaint, then compare with model reformulations. */
export const paraphraseSchema = z
  .strictObject({
    ...base,
    type: z.literal('paraphrase'),
    items: z
      .array(
        z.strictObject({
          id: idSchema,
          /** What the customer says. */
          complaint: textSchema,
          /** Model reformulations, each with what makes it work. */
          models: z.array(z.strictObject({ text: textSchema, why: textSchema })).min(2),
          /** A tempting answer that misses, and why. */
          pitfall: z.strictObject({ text: textSchema, why: textSchema }),
        }),
      )
      .min(3),
  })
  .superRefine(uniqueItems('items'));

const boundaryStep = z.enum(['behaviour', 'effect', 'limit', 'way_forward']);

/** Builds a boundary script in four steps: behaviour, effect, limit, way forward. */
export const boundaryBuilderSchema = z
  .strictObject({
    ...base,
    type: z.literal('boundary_builder'),
    /** The four steps in order, each with a hint. */
    steps: z
      .array(z.strictObject({ id: boundaryStep, label: textSchema, hint: textSchema }))
      .length(4),
    /** Worked examples, one sentence per step. */
    examples: z
      .array(
        z.strictObject({
          id: idSchema,
          situation: textSchema,
          script: z.strictObject({
            behaviour: textSchema,
            effect: textSchema,
            limit: textSchema,
            way_forward: textSchema,
          }),
        }),
      )
      .min(2),
  })
  .superRefine(uniqueItems('steps', 'examples'));

const levelId = z.enum([
  'environment',
  'behaviours',
  'capabilities',
  'values',
  'identity',
  'vision',
]);

/** Takes one situation up Dilts' six logical levels. */
export const levelsExplorerSchema = z
  .strictObject({
    ...base,
    type: z.literal('levels_explorer'),
    /** The six levels from the base (environment) to the top (vision). */
    levels: z
      .array(
        z.strictObject({
          id: levelId,
          label: textSchema,
          question: textSchema,
          example: textSchema,
        }),
      )
      .length(6),
    /** Prompt for the one action the learner leaves with. */
    actionPrompt: textSchema,
  })
  .superRefine(uniqueItems('levels'));

/** Breathing pacer with timed phases. */
export const breathingPacerSchema = z
  .strictObject({
    ...base,
    type: z.literal('breathing_pacer'),
    patterns: z
      .array(
        z.strictObject({
          id: idSchema,
          label: textSchema,
          description: textSchema,
          /** One breath cycle, e.g. inhale 5 s, exhale 5 s. */
          phases: z
            .array(
              z.strictObject({
                kind: z.enum(['inhale', 'hold', 'exhale']),
                seconds: z.number().positive().max(20),
              }),
            )
            .min(2),
          /** Total length of a session. */
          minutes: z.number().positive().max(10),
        }),
      )
      .min(1),
  })
  .superRefine(uniqueItems('patterns'));

/** Private self-assessment across dimensions, with tips for the weakest one. */
export const selfAssessmentSchema = z
  .strictObject({
    ...base,
    type: z.literal('self_assessment'),
    /** Labels of the answer scale, lowest first (e.g. Rarely … Almost always). */
    scale: z.array(textSchema).min(3).max(5),
    dimensions: z
      .array(
        z.strictObject({
          id: idSchema,
          label: textSchema,
          statements: z.array(textSchema).min(2),
          tips: z.array(textSchema).min(2),
        }),
      )
      .min(2),
  })
  .superRefine(uniqueItems('dimensions'));

/** `tools/<id>.yaml`: a practice tool; `type` says which. */
export const toolSchema = z.discriminatedUnion(
  'type',
  [
    signsTrackerSchema,
    paraphraseSchema,
    boundaryBuilderSchema,
    levelsExplorerSchema,
    breathingPacerSchema,
    selfAssessmentSchema,
  ],
  {
    error:
      'type must be signs_tracker, paraphrase, boundary_builder, levels_explorer, ' +
      'breathing_pacer or self_assessment',
  },
);

export type Tool = z.infer<typeof toolSchema>;
