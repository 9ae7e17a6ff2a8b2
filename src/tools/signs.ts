/**
 * Warning-signs tally: one list of ticked sign ids per ISO week. A sign "recurs" when it was
 * ticked in at least two of the last four weeks; several recurring signs trigger a nudge
 * towards support. This never scores or diagnoses anything.
 */
export type SignsHistory = Record<string, string[]>;

export const WINDOW_WEEKS = 4;
export const RECURS_IN_WEEKS = 2;
export const NUDGE_AT_SIGNS = 3;

/**
 * ISO 8601 week key, e.g. `2026-W48` (weeks start on Monday; week 1 holds the year's first
 * Thursday).
 */
export function weekKey(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Keys of the last `count` weeks, the current one first. */
export function recentWeeks(now: Date, count = WINDOW_WEEKS): string[] {
  return Array.from({ length: count }, (_, i) =>
    weekKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7 * i)),
  );
}

/** How many of the recent weeks each sign was ticked in (only signs ticked at least once). */
export function signWeekCounts(history: SignsHistory, now: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const week of recentWeeks(now))
    for (const id of history[week] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export function recurringSigns(history: SignsHistory, now: Date): string[] {
  return [...signWeekCounts(history, now)]
    .filter(([, n]) => n >= RECURS_IN_WEEKS)
    .map(([id]) => id);
}

export const needsNudge = (history: SignsHistory, now: Date) =>
  recurringSigns(history, now).length >= NUDGE_AT_SIGNS;

/** Drops weeks older than the window so the device keeps only what the tool shows. */
export function pruneHistory(history: SignsHistory, now: Date): SignsHistory {
  const keep = new Set(recentWeeks(now));
  return Object.fromEntries(
    Object.entries(history).filter(([week, ids]) => keep.has(week) && ids.length > 0),
  );
}
