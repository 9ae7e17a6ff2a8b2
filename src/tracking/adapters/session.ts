/**
 * Guards shared by both SCORM editions: exactly one initialize, no call after terminate, and any
 * exception or "false" from the LMS turned into a plain false so the course keeps going. After a
 * failure the LMS's own error code, text and diagnostic go to the diagnostic log (as Adapt's
 * spoor does); a "false" with error 0 is a known LMS quirk and counts as success.
 */
import { logDiagnostic } from '../diagnostics.ts';

/** GetLastError / GetErrorString / GetDiagnostic of either edition. */
export interface ErrorReader {
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

/** A value read from the LMS: `ok` is false when the read threw or the LMS named an error. */
export interface Read {
  value: string;
  ok: boolean;
}

/** Real LMSs return strings, numbers (Moodle's `_count`), booleans, null or undefined. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Error codes that only mean "nothing stored yet" (2004 RTE 3.1.7.6: 403). */
const EMPTY_CODES = new Set(['0', '403']);

export class ScormSession {
  private state: 'new' | 'open' | 'closed' = 'new';
  private readonly startedAt = Date.now();
  private readonly errors?: ErrorReader;
  private readonly names: { get: string; set: string };
  constructor(errors?: ErrorReader, names = { get: 'GetValue', set: 'SetValue' }) {
    this.errors = errors;
    this.names = names;
  }

  get open() {
    return this.state === 'open';
  }
  get elapsedMs() {
    return Date.now() - this.startedAt;
  }
  begin(call: () => unknown, name = 'Initialize'): boolean {
    if (this.state !== 'new') return false;
    const ok = this.attempt(call, name);
    if (ok) this.state = 'open';
    return ok;
  }
  end(call: () => unknown, name = 'Terminate'): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    return this.attempt(call, name);
  }
  run(call: () => unknown, name = this.names.set, element?: string): boolean {
    return this.open && this.attempt(call, name, element);
  }

  /** Reads one element; a throw or a named error makes `ok` false (never throws). */
  read(call: () => unknown, element: string): Read {
    if (!this.open) return { value: '', ok: false };
    try {
      const value = asText(call());
      if (value !== '' || !this.errors) return { value, ok: true };
      const code = this.code();
      if (EMPTY_CODES.has(code)) return { value, ok: true };
      this.log(this.names.get, element, code, 'read as unknown');
      return { value, ok: false };
    } catch (error) {
      this.logThrow(this.names.get, element, error);
      return { value: '', ok: false };
    }
  }

  private attempt(call: () => unknown, name: string, element?: string): boolean {
    try {
      const result = call();
      if (result === true || asText(result).toLowerCase() === 'true') return true;
      const code = this.code();
      // Spoor's rule, for SetValue only: a refused commit is retried, never assumed to have worked.
      if (code === '0' && this.errors && this.state === 'open' && name.endsWith('SetValue')) {
        this.log(name, element, code, 'false with error 0: treated as success');
        return true;
      }
      this.log(name, element, code, 'failed');
      return false;
    } catch (error) {
      this.logThrow(name, element, error);
      return false;
    }
  }

  private code(): string {
    try {
      return asText(this.errors?.lastError()) || '0';
    } catch {
      return 'unknown';
    }
  }

  private log(call: string, element: string | undefined, code: string, outcome: string) {
    const ask = (f: (c: string) => unknown) => {
      try {
        return asText(f(code));
      } catch {
        return '';
      }
    };
    const text = this.errors ? ask((c) => this.errors!.errorString(c)) : '';
    const detail = this.errors ? ask((c) => this.errors!.diagnostic(c)) : '';
    logDiagnostic({ call, element, code, text, detail, outcome });
  }

  private logThrow(call: string, element: string | undefined, error: unknown) {
    const text = error instanceof Error ? error.message : asText(error);
    logDiagnostic({ call, element, code: 'threw', text, detail: '', outcome: 'failed' });
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

/**
 * SCORM 2004 time in UTC, e.g. 2026-11-22T10:00:00.00Z: the zone may only follow fractions (RTE
 * 4.2).
 */
export const iso8601Time = (d: Date) => `${d.toISOString().slice(0, 22)}Z`;

/** Status vocabularies compared case-insensitively ("Passed", "COMPLETED" in some LMSs). */
export const normalStatus = (value: string) => value.trim().toLowerCase();
