/**
 * Arithmetic on session plans. The plans themselves are content (`content/sessions/*.yaml`,
 * schema in src/schemas/session-plan.ts), so a course sets its own; these helpers time them.
 */
import type { PlanBlock } from '../schemas/session-plan.ts';

export type AgendaItem = Pick<PlanBlock, 'minutes' | 'kind'>;

export const total = (items: readonly Pick<PlanBlock, 'minutes'>[]) =>
  items.reduce((sum, i) => sum + i.minutes, 0);

/** Longest run of sessions without a break or lunch, in minutes. */
export function longestStretch(items: readonly AgendaItem[]): number {
  let longest = 0;
  let run = 0;
  for (const item of items) {
    run = item.kind === 'session' ? run + item.minutes : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** When block `at` starts, as h:mm from the start of the session. */
export function startClock(items: readonly Pick<PlanBlock, 'minutes'>[], at: number): string {
  const start = total(items.slice(0, at));
  return `${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}`;
}
