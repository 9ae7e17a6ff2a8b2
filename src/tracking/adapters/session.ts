/**
 * Guards shared by both SCORM editions: exactly one initialize, no call after terminate, and any
 * exception or "false" from the LMS turned into a plain false so the course keeps going.
 */
export class ScormSession {
  private state: 'new' | 'open' | 'closed' = 'new';
  private readonly startedAt = Date.now();

  get open() {
    return this.state === 'open';
  }
  get elapsedMs() {
    return Date.now() - this.startedAt;
  }
  begin(call: () => unknown): boolean {
    if (this.state !== 'new') return false;
    const ok = safe(call);
    if (ok) this.state = 'open';
    return ok;
  }
  end(call: () => unknown): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    return safe(call);
  }
  run(call: () => unknown): boolean {
    return this.open && safe(call);
  }
}

/** SCORM returns "true"/"false" strings; some LMSs return booleans or throw. */
export function safe(call: () => unknown): boolean {
  try {
    const result = call();
    return result === true || result === 'true';
  } catch {
    return false;
  }
}

export function safeGet(get: () => unknown): string {
  try {
    const value = get();
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** SCORM 1.2 CMITimespan, e.g. 0001:02:03 ("HHHH:MM:SS"). */
export function scorm12Time(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. PT1H2M3S. */
export function iso8601Duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `PT${Math.floor(s / 3600)}H${Math.floor(s / 60) % 60}M${s % 60}S`;
}

/** SCORM 1.2 CMITime for interactions, HH:MM:SS. */
export const clockTime = (d: Date) => d.toTimeString().slice(0, 8);

/** SCORM 2004 time in UTC, e.g. 2026-11-22T10:00:00.00Z: the zone may only follow fractions (RTE 4.2). */
export const iso8601Time = (d: Date) => `${d.toISOString().slice(0, 22)}Z`;

/** Index of the objective with this id (objectives persist across sessions), or the next free one. */
export function objectiveIndex(get: (element: string) => string, id: string): number {
  const count = Number(get('cmi.objectives._count')) || 0;
  for (let i = 0; i < count; i++) if (get(`cmi.objectives.${i}.id`) === id) return i;
  return count;
}
