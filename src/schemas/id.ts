import { z } from 'zod';

/**
 * A stable, author-given identifier. Lowercase letters, digits and underscores only, so it is
 * valid in every LMS (Moodle checks SCORM 2004 ids against `^[\w.]{1,250}$`) and never depends
 * on order or language.
 */
export const idSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; add an id like "active_listening"'
        : 'must be an id: lowercase letters, digits and underscores, like "active_listening"',
  })
  .regex(
    /^[a-z0-9_]+$/,
    'must use only lowercase letters, digits and underscores, like "active_listening"',
  )
  .max(40, 'must be 40 characters or fewer');

/** Text written by an author. Rendered as text, never as HTML. */
export const textSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing; add the text'
        : 'must be text (put it in quotes if it starts with a special character)',
  })
  .trim()
  .min(1, 'must not be empty');

/** One id to check for uniqueness: where it sits in the file, and how to name that place. */
export interface IdEntry {
  id: string;
  path: Array<string | number>;
  where: string;
}

/** Refinement: the ids are unique in their scope; reported on the second one, naming the first. */
export function uniqueIds(entries: readonly IdEntry[], ctx: z.RefinementCtx, scope: string) {
  const first = new Map<string, string>();
  for (const { id, path, where } of entries) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, where);
    else
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'id'],
        message: `"${id}" is already the id of ${seen}; ${scope}; rename one`,
      });
  }
}
