/**
 * Saved progress must fit SCORM 1.2's 4,096 characters, so ids are stored as 4-character keys
 * derived from the id itself (FNV-1a hash, base 36). They depend on neither order nor language;
 * the build checks that no two ids in the same scope share a key.
 */
export const KEY_LENGTH = 4;

export function shortKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** KEY_LENGTH).toString(36).padStart(KEY_LENGTH, '0');
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
