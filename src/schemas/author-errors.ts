/**
 * Turns zod issues into messages an author can act on: the file, where in the file (with the ids
 * of the nodes and choices on the way, not just array indexes), and what to do.
 */
import type { z } from 'zod';

export interface ContentError {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Where in the file, e.g. `nodes › duval_vents › choices › calm_down › next`. */
  at: string;
  message: string;
}

/** Describes a path, replacing array indexes by the id of the item when it has one. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let current: unknown = data;
  for (const key of path) {
    const next = (current as Record<PropertyKey, unknown> | undefined)?.[key];
    const id = (next as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number') parts.push(typeof id === 'string' ? id : `#${key + 1}`);
    else parts.push(String(key));
    current = next;
  }
  return parts.join(' › ') || '(top level)';
}

function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `is missing; add it (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_type' && /^(is missing|must)/.test(issue.message))
    return issue.message;
  if (issue.code === 'invalid_type')
    return `${issue.message.replace(/^Invalid input: /, '')}; fix its value`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `must be at most ${issue.maximum}`;
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `must be at least ${issue.minimum}`;
  if (issue.code === 'unrecognized_keys') {
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove or check the spelling`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `${issue.message.replace(/^Too small: /, '')}; add more`;
  return issue.message;
}

export function toContentErrors(file: string, error: z.ZodError, data: unknown): ContentError[] {
  return error.issues.map((issue) => ({
    file,
    at: describePath(issue.path, data),
    message: explain(issue),
  }));
}

export const formatContentError = (e: ContentError) => `${e.file}: ${e.at}: ${e.message}`;
