import { z } from 'zod';
import { FIGURE_NAMES } from './figure-names.ts';
import { idSchema, textSchema } from './id.ts';
import { supportSchema } from './support.ts';

const colourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour, like "#1f5f8b"');

/** How a module decides it is complete. */
export const completionRuleSchema = z.enum(['all_sections', 'all_sections_and_activities'], {
  error: 'must be "all_sections" or "all_sections_and_activities"',
});

/**
 * The export formats the packager knows: three for an LMS, and `web`, the whole course as a folder
 * (zip) that works from any web server folder or opened from disk, for organisations without an
 * LMS.
 */
export const formatSchema = z.enum(['scorm12', 'scorm2004', 'cmi5', 'web'], {
  error: 'must be "scorm12", "scorm2004", "cmi5" or "web"',
});

/** `content/course.yaml`: what the whole course is and how it is exported. */
export const courseSchema = z.strictObject({
  /** Stable id of the course; becomes the manifest identifier. Never change it after release. */
  id: idSchema,
  /** Course title per language code, e.g. `{ en: "Preventing relational burnout" }`. */
  title: z.record(z.string(), textSchema),
  /** Organisation that publishes the course; shown in the footer and the manifest. */
  organisation: textSchema,
  /**
   * IRI that names the course in cmi5 and xAPI; each module's AU id is this plus `/<module id>`.
   * Use an address your organisation controls, e.g. `https://learning.example.org/courses/burnout`,
   * and never change it after release (the LMS files learners' records under it). The default,
   * under the reserved `.invalid` domain, is only a placeholder.
   */
  iri: z
    .url({
      error: 'must be an absolute IRI such as "https://learning.example.org/courses/burnout"',
    })
    .optional(),
  /** Version of the content, written into manifests so LMS admins can tell releases apart. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like "1.0.0"'),
  /** Brand colours and an optional logo. */
  branding: z.strictObject({
    /** Main colour for buttons and links. Must keep 4.5:1 contrast on white. */
    primary: colourSchema,
    /** Colour for accents such as the progress bar. */
    accent: colourSchema,
    /**
     * Path of a logo image in the content folder, e.g. `brand/logo.svg` (SVG, PNG, JPEG or WebP,
     * under 16 KB). Leave out for no logo.
     */
    logo: z.string().optional(),
  }),
  /** Language codes the course is built in; the first one is the default. */
  languages: z
    .array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code like "en" or "fr"'))
    .min(1),
  /**
   * The course's levers (themes), e.g. `[foundations, incivility]`. Each module's `lever` must be
   * one of them. Leave out to allow any id.
   */
  levers: z.array(idSchema).min(1).optional(),
  /** Module ids in the order learners meet them. Each must match a module folder's `id`. */
  modules: z.array(idSchema).min(1),
  /**
   * A picture for a module's header, by module id: one of the illustrations drawn for the course
   * (balance, listening_cycle, escalation_ladder, logical_levels, stress_curve, ei_quadrant,
   * support_loop), e.g. `figures: { incivility: escalation_ladder }`. A module left out has none.
   */
  figures: z
    .record(idSchema, z.enum(FIGURE_NAMES, { error: `must be one of ${FIGURE_NAMES.join(', ')}` }))
    .optional(),
  /** Tracking defaults that a module can override. */
  tracking: z.strictObject({
    /** Percentage (0–100) of knowledge-check points needed to pass. */
    masteryScore: z.number().int().min(0).max(100),
    /** When a module counts as complete. */
    completion: completionRuleSchema,
    /** Send reflection text to the LMS. Off by default: what learners write is personal. */
    sendReflectionsToLms: z.boolean().default(false),
  }),
  /**
   * Where staff find help: the assistance programme and how to reach it, a crisis line,
   * occupational health, the local emergency number and a free note (see src/schemas/support.ts).
   * Leave it out and learners read neutral wording, and `npm run check` warns until it is set.
   * `false`: this course shows no support block at all (a subject that does not touch wellbeing).
   */
  support: z.union([supportSchema, z.literal(false)]).optional(),
  /**
   * The cue check of `npm run check`: it names each scenario or knowledge check whose strong
   * (correct) option is the longest in more than `maxShare` percent of its decisions, since
   * learners then pick by length. Leave out for a warning at 50%.
   */
  cueCheck: z
    .strictObject({
      /**
       * `warning` reports and lets the build go on; `error` stops `npm run check` and the build.
       */
      level: z.enum(['warning', 'error'], { error: 'must be "warning" or "error"' }),
      /** Highest share (percent, 0–100) of decisions whose strong option may be the longest. */
      maxShare: z.number().int().min(0).max(100).default(50),
    })
    .optional(),
  /** Settings of `npm run report`, the learning-analytics report for L&D teams. */
  report: z
    .strictObject({
      /**
       * Smallest number of learners a figure may describe; any cell with fewer is shown as "< N",
       * because small teams are identifiable. Leave out for 5.
       */
      minLearners: z.number().int().min(1).max(1000).default(5),
    })
    .optional(),
  /** Which package formats `npm run package` writes. */
  formats: z.array(formatSchema).min(1),
});

export type Course = z.infer<typeof courseSchema>;
