/**
 * The set of de-duplication keys (statement ids, learner+attempt+interaction for the CSVs) as
 * 64-bit hashes in one typed array, not as strings: 16 bytes a key at most instead of ~60–100,
 * so a million statements cost about 16 MB. Open addressing, linear probing, grows at half full.
 *
 * Collision risk: two different keys share a 64-bit hash with probability about n² / 2^65 for n
 * keys (1 in 37 million for a million statements, 1 in 370,000 for ten million). A collision
 * would count one genuine record as a duplicate; it can never add a record.
 */

/** Two 32-bit hashes of the string's UTF-16 code units (cyrb53's mixing, both words kept). */
export function hash64(key: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

export class HashSet64 {
  /** Pairs of words; (0, 0) marks an empty slot, so a key hashing to it is stored as (0, 1). */
  private table = new Uint32Array(2 * 1024);
  private count = 0;

  get size() {
    return this.count;
  }

  /** Adds the key; false when it (or a key with the same 64-bit hash) was already there. */
  add(key: string): boolean {
    let [a, b] = hash64(key);
    if (a === 0 && b === 0) b = 1;
    if (this.insert(this.table, a, b)) {
      if (++this.count * 2 > this.table.length / 2) this.grow();
      return true;
    }
    return false;
  }

  private insert(t: Uint32Array, a: number, b: number): boolean {
    const mask = t.length / 2 - 1;
    for (let i = (a ^ b) & mask; ; i = (i + 1) & mask) {
      const x = t[2 * i];
      const y = t[2 * i + 1];
      if (x === 0 && y === 0) {
        t[2 * i] = a;
        t[2 * i + 1] = b;
        return true;
      }
      if (x === a && y === b) return false;
    }
  }

  private grow() {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2)
      if (old[i] !== 0 || old[i + 1] !== 0) this.insert(this.table, old[i], old[i + 1]);
  }
}
