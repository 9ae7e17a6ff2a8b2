import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './course/content-dir.ts';
import { moduleSchema } from './schemas/module.ts';

/**
 * Module texts: content/modules/NN-slug/<lang>.mdx. Scenarios, checks and tools load via
 * src/course.
 */
export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `./${contentDir()}/modules` }),
    schema: moduleSchema,
  }),
  /** Facilitator guides: content/modules/NN-slug/facilitator.md (optional per module). */
  facilitator: defineCollection({
    loader: glob({ pattern: '*/facilitator.md', base: `./${contentDir()}/modules` }),
  }),
};
