import { z } from 'zod';
import { idSchema, textSchema, uniqueIds } from './id.ts';

/** One answer a learner can pick. */
export const optionSchema = z.strictObject({
  /** Stable id; sent to SCORM 2004 as the learner's response. */
  id: idSchema,
  /** The answer as the learner reads it. */
  text: textSchema,
  /** True for the one right answer. */
  correct: z.boolean().default(false),
  /**
   * Why this answer is right or not; shown after the learner answers. Required for every option.
   */
  feedback: textSchema,
});

/** One graded question: a short situation and a single best answer. */
export const questionSchema = z
  .strictObject({
    /** Stable id; becomes the interaction id in the LMS. */
    id: idSchema,
    /** The situation and the question. */
    prompt: textSchema,
    /** 2–6 options, exactly one with `correct: true`. */
    options: z
      .array(optionSchema)
      .min(2, 'needs at least 2 options')
      .max(6, 'allows at most 6 options'),
  })
  .superRefine((question, ctx) => {
    uniqueIds(
      question.options.map((o, i) => ({
        id: o.id,
        path: ['options', i],
        where: `option ${i + 1}`,
      })),
      ctx,
      'option ids must be unique in a question (the LMS grades an answer by its id)',
    );
    const correct = question.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `has ${correct} correct options; mark exactly one with "correct: true"`,
      });
    }
  });

/** `checks/<id>.yaml`: a knowledge check whose score feeds the LMS. */
export const knowledgeCheckSchema = z.strictObject({
  /** Stable id, referenced from MDX as `<KnowledgeCheck id="..." />`. */
  id: idSchema,
  /** Heading shown above the questions. */
  title: textSchema,
  /** Questions in the order shown. */
  questions: z.array(questionSchema).min(1),
});

export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type Question = z.infer<typeof questionSchema>;
