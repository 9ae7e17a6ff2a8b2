/**
 * 32-bit FNV-1a of a string's UTF-16 code units, unsigned. One hash for the whole course: the
 * short keys of saved progress (short-key.ts) and the display order of options
 * (course/display-order.ts) both derive from it, so changing it changes both — and saved progress.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
