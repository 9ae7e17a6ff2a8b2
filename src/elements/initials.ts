/**
 * Up to two initials of a display name ("Ms Keane" → "MK"), for avatars; the name is always in the
 * text too.
 */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w.match(/\p{L}/u)![0].toUpperCase())
    .join('');
}
