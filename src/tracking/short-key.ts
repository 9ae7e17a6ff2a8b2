/**
 * Saved progress must fit SCORM 1.2's 4,096 characters, so ids are stored as 4-character keys
 * derived from the id itself (FNV-1a hash, base 36). They depend on neither order nor language;
 * the build checks that no two ids in the same scope share a key.
 */
import { fnv1a } from './fnv1a.ts';

export const KEY_LENGTH = 4;

export function shortKey(id: string): string {
  return (fnv1a(id) % 36 ** KEY_LENGTH).toString(36).padStart(KEY_LENGTH, '0');
}

/** Ids that share a key within one scope, as pairs, for the validator. */
export function keyCollisions(ids: readonly string[]): Array<[string, string]> {
  const byKey = new Map<string, string>();
  const collisions: Array<[string, string]> = [];
  for (const id of new Set(ids)) {
    const other = byKey.get(shortKey(id));
    if (other) collisions.push([other, id]);
    else byKey.set(shortKey(id), id);
  }
  return collisions;
}
