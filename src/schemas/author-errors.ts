/**
 * Turns zod issues into messages an author can act on: the file, where in the file (with the ids
 * of the nodes and choices on the way, not just array indexes), and what to do. Messages are built
 * from each issue's code and fields (as Starlight's error map does), never from zod's English
 * wording, so a zod upgrade cannot change what authors read. A message a schema states itself
 * (`error:` or a refinement's message) takes precedence over this map.
 */
import type { z } from 'zod';

export interface ContentError {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Where in the file, e.g. `nodes › duval_vents › choices › calm_down › next`. */
  at: string;
  message: string;
  /** For text files (MDX): the line and column, shown as file:line:column. */
  line?: number;
  column?: number;
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

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quoteList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a set of fields (key: value lines)',
  record: 'a set of fields (key: value lines)',
};
/** What a list is of, for "needs at least one …", by the field that holds it. */
const ITEMS: Record<string, string> = {
  choices: 'choice; or remove "choices" and give the node a "next" (where Continue leads)',
  nodes: 'node; "start" must name one of them',
  endings: 'ending',
  questions: 'question',
  options: 'option',
  competencies: 'competency',
  characters: 'character',
  meters: 'meter',
};

type Raw = z.core.$ZodRawIssue;

/** The per-parse error map: pass it as `schema.safeParse(data, { error: authorErrorMap })`. */
export function authorErrorMap(issue: Raw): string {
  const field = String(issue.path?.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `is missing; add it (${KIND[issue.expected] ?? issue.expected})`;
      return `must be ${KIND[issue.expected] ?? issue.expected}; fix its value`;
    case 'too_small':
      if (issue.origin === 'array') {
        const what = ITEMS[field] ?? 'item';
        return issue.minimum === 1
          ? `is empty; add at least one ${what}`
          : `needs at least ${plural(issue.minimum, 'item')}; add more`;
      }
      if (issue.origin === 'string') return `needs at least ${plural(issue.minimum, 'character')}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `allows at most ${plural(issue.maximum, 'item')}; remove some`;
      if (issue.origin === 'string')
        return `must be ${plural(issue.maximum, 'character')} or fewer`;
      return `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return (
        `has unknown field${issue.keys.length > 1 ? 's' : ''} ${quoteList(issue.keys)}; ` +
        `remove or check the spelling`
      );
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? quoteList(issue.values) : `one of ${quoteList(issue.values)}`}`;
    case 'invalid_format':
      return `is not in the expected form (${issue.format}); fix its value`;
    case 'invalid_union':
      return (
        'matches none of the allowed forms; compare it with the authoring guide ' +
        '(content/README.md)'
      );
    case 'invalid_key':
      return 'has a key that is not allowed; keys are ids like "active_listening"';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return 'is not valid here; compare it with the authoring guide (content/README.md)';
  }
}

export function toContentErrors(file: string, error: z.ZodError, data: unknown): ContentError[] {
  return error.issues.map((issue) => ({
    file,
    at: describePath(issue.path, data),
    message: issue.message,
  }));
}

export const formatContentError = (e: ContentError) =>
  e.line === undefined
    ? `${e.file}: ${e.at}: ${e.message}`
    : `${e.file}:${e.line}:${e.column ?? 1}: ${e.at ? `${e.at} ` : ''}${e.message}`;

/** Parses content with the author error map: the data, or the errors naming file and place. */
export function parseContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { data: z.infer<S>; errors: [] } | { data: undefined; errors: ContentError[] } {
  const result = schema.safeParse(data, { error: authorErrorMap });
  if (result.success) return { data: result.data, errors: [] };
  return { data: undefined, errors: toContentErrors(file, result.error, data) };
}
