/**
 * Privacy by default: the report shows counts and shares only, and any figure describing fewer
 * than `min` learners (but more than none) is shown as "< min", because small teams are
 * identifiable. A share whose base is under the threshold is hidden too.
 */

export const masked = (n: number, min: number) => n > 0 && n < min;

export const count = (n: number, min: number) => (masked(n, min) ? `< ${min}` : String(n));

/** "42%" or "< 5"; "–" when nobody is in the base. */
export function share(n: number, of: number, min: number): string {
  if (of === 0) return '–';
  if (masked(n, min) || masked(of, min)) return `< ${min}`;
  return `${Math.round((100 * n) / of)}%`;
}

/** The share to draw (0–1), or 0 when it would reveal a masked count. */
export const drawnShare = (n: number, of: number, min: number) =>
  of === 0 || masked(n, min) || masked(of, min) ? 0 : n / of;
