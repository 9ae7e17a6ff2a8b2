import { z } from 'zod';
import { completionRuleSchema } from './course.ts';
import { idSchema, textSchema } from './id.ts';

/** A skill the module trains; role-play choices award points to it. */
export const competencySchema = z.strictObject({
  /** Stable id, used in scenarios (`points:`) and in LMS objectives. */
  id: idSchema,
  /** Name shown to learners, e.g. "Active listening". */
  label: textSchema,
});

/** Frontmatter of a module's MDX file (`content/modules/NN-slug/<lang>.mdx`). */
export const moduleSchema = z.strictObject({
  /** Stable id of the module; becomes the SCO identifier. Same in every language. */
  id: idSchema,
  /** Title shown to learners and in the LMS. */
  title: textSchema,
  /** Which lever (theme) of the course this module belongs to: one of `levers` in course.yaml. */
  lever: idSchema,
  /** One or two sentences that tell a learner why this module is worth their time. */
  summary: textSchema,
  /** Expected time in minutes, reading and role-plays included. */
  duration: z.number().int().min(5).max(90),
  /** 3–5 things the learner will be able to do, each starting with a verb. */
  objectives: z
    .array(textSchema)
    .min(3, 'needs at least 3 objectives')
    .max(5, 'allows at most 5 objectives'),
  /** Skills this module trains. */
  competencies: z.array(competencySchema).min(1),
  /** Overrides the course's mastery score (0–100) for this module. */
  masteryScore: z.number().int().min(0).max(100).optional(),
  /** Overrides the course's completion rule for this module. */
  completion: completionRuleSchema.optional(),
});

export type ModuleMeta = z.infer<typeof moduleSchema>;
export type Competency = z.infer<typeof competencySchema>;
