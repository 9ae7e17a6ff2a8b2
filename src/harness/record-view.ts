/**
 * Turns the LMS record into what the preview shows: status, score, location, state size,
 * interactions.
 */
import type { Edition } from './strict-checker.ts';

export interface RecordSummary {
  status: string;
  score: string;
  location: string;
  suspendData: string;
  suspendLimit: number;
  interactions: Array<Record<string, string>>;
  objectives: Array<Record<string, string>>;
}

function grouped(values: Record<string, string>, prefix: string) {
  const rows = new Map<number, Record<string, string>>();
  for (const [k, v] of Object.entries(values)) {
    const m = new RegExp(`^${prefix.replace('.', '\\.')}\\.(\\d+)\\.(.+)$`).exec(k);
    if (m) rows.set(Number(m[1]), { ...(rows.get(Number(m[1])) ?? {}), [m[2]]: v });
  }
  return [...rows].sort(([a], [b]) => a - b).map(([, r]) => r);
}

export function summarise(values: Record<string, string>, edition: Edition): RecordSummary {
  const v = (k: string) => values[k] ?? '';
  return edition === 'scorm12'
    ? {
        status: v('cmi.core.lesson_status'),
        score: v('cmi.core.score.raw'),
        location: v('cmi.core.lesson_location'),
        suspendData: v('cmi.suspend_data'),
        suspendLimit: 4096,
        interactions: grouped(values, 'cmi.interactions'),
        objectives: grouped(values, 'cmi.objectives'),
      }
    : {
        status: `${v('cmi.completion_status')} / ${v('cmi.success_status')}`,
        score: v('cmi.score.raw'),
        location: v('cmi.location'),
        suspendData: v('cmi.suspend_data'),
        suspendLimit: 64000,
        interactions: grouped(values, 'cmi.interactions'),
        objectives: grouped(values, 'cmi.objectives'),
      };
}
