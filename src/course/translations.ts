/**
 * Translations of scenarios, checks and tools: one graph, many languages. A translation file
 * (`scenarios/<id>.<lang>.yaml`, likewise in checks/ and tools/) holds `strings:`, a flat map from
 * a stable key to text, e.g. `nodes.opening.text` or `nodes.opening.choices.calm.feedback`.
 * Keys come from ids, never positions, so the validator can name each missing or extra string.
 */
import type { z } from 'zod';
import { textSchema } from '../schemas/id.ts';
import { knowledgeCheckSchema } from '../schemas/knowledge-check.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import { toolSchema } from '../schemas/tool.ts';

/**
 * Fields that are structure, not text: never translated. Read from the schemas: a field is text
 * when its schema is `textSchema` (or a list of it), structure when it is an id, an enum or a
 * literal. A field that is text in one schema and structure in another would make keys ambiguous,
 * so it fails here, at load, rather than in a translator's file.
 */
export const STRUCTURE = structureFields([scenarioSchema, knowledgeCheckSchema, toolSchema]);

function structureFields(schemas: z.ZodType[]): Set<string> {
  const text = new Set<string>();
  const structure = new Set<string>(['file']); // added by the loader, not a schema field
  const seen = new Set<unknown>();
  const stack: z.core.$ZodType[] = [...schemas];
  const leaf = (field: string, schema: z.core.$ZodType) => {
    let inner = schema;
    for (let def = inner._zod.def as Def; def.innerType || def.element; def = inner._zod.def as Def)
      inner = def.innerType ?? def.element!;
    if (inner === textSchema) text.add(field);
    else if (['string', 'enum', 'literal'].includes(inner._zod.def.type)) structure.add(field);
    else stack.push(inner);
  };
  while (stack.length > 0) {
    const schema = stack.pop()!;
    if (seen.has(schema)) continue;
    seen.add(schema);
    const def = schema._zod.def as Def;
    if (def.shape) for (const [field, child] of Object.entries(def.shape)) leaf(field, child);
    for (const child of [def.innerType, def.element, def.valueType, ...(def.options ?? [])])
      if (child) stack.push(child);
  }
  const both = [...text].filter((f) => structure.has(f));
  if (both.length)
    throw new Error(`Fields both text and structure in the schemas: ${both.join(', ')}`);
  return structure;
}

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

/**
 * The key of an array item: its id, or for a role card the character it is for, else its position.
 */
const itemKey = (item: unknown, i: number) => {
  const { id, character } = (item ?? {}) as { id?: unknown; character?: unknown };
  return String(typeof id === 'string' ? id : typeof character === 'string' ? character : i);
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every translatable string of an object, keyed by its id path. */
export function textKeys(value: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (v: unknown, path: string) => {
    if (typeof v === 'string') out[path] = v;
    else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, `${path}.${itemKey(item, i)}`);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v))
        if (!STRUCTURE.has(k)) visit(child, path ? `${path}.${k}` : k);
    }
  };
  visit(value, prefix);
  return out;
}

/**
 * A copy of the object with its text replaced from `strings` (keys missing there keep the
 * original).
 */
export function applyText<T>(value: T, strings: Record<string, string>): T {
  const visit = (v: Json, path: string): Json => {
    if (typeof v === 'string') return strings[path] ?? v;
    if (Array.isArray(v)) return v.map((item, i) => visit(item, `${path}.${itemKey(item, i)}`));
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, child]) => [
          k,
          STRUCTURE.has(k) ? child : visit(child, path ? `${path}.${k}` : k),
        ]),
      );
    }
    return v;
  };
  return visit(value as Json, '') as T;
}

/** Missing and extra keys of a translation, for the validator. */
export function translationGaps(original: unknown, strings: Record<string, string>) {
  const expected = Object.keys(textKeys(original));
  const given = Object.keys(strings);
  return {
    missing: expected.filter((k) => !(k in strings)),
    extra: given.filter((k) => !expected.includes(k)),
  };
}

import type { ModuleSource } from './load.ts';

/** The module's scenarios, checks and tools in a language (the first language is the original). */
export function localized(module: ModuleSource, lang: string) {
  const pick = <T extends { id: string }>(sub: string, items: T[]) =>
    items.map((item) => {
      const strings = module.translations[sub]?.[item.id]?.[lang];
      return strings ? applyText(item, strings) : item;
    });
  return {
    scenarios: pick('scenarios', module.scenarios),
    checks: pick('checks', module.checks),
    tools: pick('tools', module.tools),
  };
}
