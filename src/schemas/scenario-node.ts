/** The moments of a scenario: nodes, the choices at them and the endings. */
import { z } from 'zod';
import { idSchema, textSchema } from './id.ts';
import { conditionSchema } from './scenario-meter.ts';

/** What the learner can say at a node. */
export const choiceSchema = z.strictObject({
  /** Stable id; becomes part of the interaction id in the LMS. */
  id: idSchema,
  /** What the learner says, in their own voice. */
  text: textSchema,
  /** Why this works or not, tied to the module's technique. Shown after the choice. */
  feedback: textSchema,
  /** How good the choice is: strong is correct, acceptable is neutral, weak is wrong in the LMS. */
  rating: z.enum(['strong', 'acceptable', 'weak'], { error: 'must be strong, acceptable or weak' }),
  /** Change to each meter, e.g. `{ tension: -10, energy: -5 }`. */
  effects: z.record(idSchema, z.number().int()).default({}),
  /** Competency points earned, e.g. `{ active_listening: 2 }`. */
  points: z.record(idSchema, z.number().int().min(0)).default({}),
  /** Optional condition on meters; the choice is offered only when it holds. */
  condition: conditionSchema.optional(),
  /** Id of the next node or ending. */
  next: idSchema,
});

/** One moment of the conversation. */
export const nodeSchema = z
  .strictObject({
    /** Stable id, referenced by `next:` and `goto:`. */
    id: idSchema,
    /**
     * `line` is spoken; `inner` is what the employee feels but must not show; `narration` sets the
     * scene.
     */
    kind: z
      .enum(['line', 'inner', 'narration'], { error: 'must be line, inner or narration' })
      .default('line'),
    /** Character id of who speaks (required for `line`). */
    speaker: idSchema.optional(),
    /** The words, the thought, or the scene. */
    text: textSchema,
    /** Tone or body language, e.g. "Raises his voice, taps the counter." */
    cue: textSchema.optional(),
    /** What the learner can say next. Leave out to continue straight to `next`. */
    choices: z
      .array(choiceSchema)
      .min(1)
      .max(4, 'allows at most 4 choices (the keys 1–4 pick them)')
      .optional(),
    /** For a node without choices: where "Continue" leads. */
    next: idSchema.optional(),
  })
  .superRefine((node, ctx) => {
    if (!node.choices && !node.next) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message:
          'is a dead end: needs either "choices" or a "next" (where Continue leads); add one, or ' +
          'make it an ending under "endings"',
      });
    }
    if (node.choices && node.next) {
      ctx.addIssue({
        code: 'custom',
        path: ['next'],
        message: 'cannot have both "choices" and "next"; move "next" into each choice',
      });
    }
    if (node.kind === 'line' && !node.speaker) {
      ctx.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: 'is required on a spoken line; give a character id',
      });
    }
  });

/** Where a conversation ends. */
export const endingSchema = z.strictObject({
  /** Stable id, referenced by `next:` and `goto:`. */
  id: idSchema,
  /** How it turned out. */
  outcome: z.enum(['resolved', 'partly_resolved', 'escalated', 'ended_safely'], {
    error: 'must be resolved, partly_resolved, escalated or ended_safely',
  }),
  /** Short title of the ending, e.g. "The customer leaves reassured". */
  title: textSchema,
  /** What happens next, told in two or three sentences. */
  text: textSchema,
  /** Debrief: what made the difference on this path. */
  debrief: textSchema,
  /** The one lesson to keep. */
  lesson: textSchema,
});
