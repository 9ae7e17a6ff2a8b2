/**
 * Translations of scenarios, checks and tools: one graph, many languages. A translation file
 * (`scenarios/<id>.<lang>.yaml`, likewise in checks/ and tools/) holds `strings:`, a flat map from
 * a stable key to text, e.g. `nodes.opening.text` or `nodes.opening.choices.calm.feedback`.
 * Keys come from ids, never positions, so the validator can name each missing or extra string.
 */

/** Fields that are structure, not text: never translated. */
const STRUCTURE = new Set([
  'id',
  'next',
  'goto',
  'speaker',
  'kind',
  'rating',
  'outcome',
  'condition',
  'when',
  'type',
  'role',
  'good',
  'mode',
  'start',
  'file',
  'competencies',
  'character',
]);

/** The key of an array item: its id, or for a role card the character it is for, else its position. */
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
    else if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${path}.${itemKey(item, i)}`));
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v))
        if (!STRUCTURE.has(k)) visit(child, path ? `${path}.${k}` : k);
    }
  };
  visit(value, prefix);
  return out;
}

/** A copy of the object with its text replaced from `strings` (keys missing there keep the original). */
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
