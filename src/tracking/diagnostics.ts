/**
 * A small log of what the LMS said when a call failed (code, text, diagnostic), kept in the page so
 * the LMS preview and a support person can see why, without a console. Newest last, at most 30.
 */
import { atom } from 'nanostores';

export interface Diagnostic {
  /** The API call, e.g. `LMSSetValue`. */
  call: string;
  element?: string;
  /** The LMS's error code ("0" when it returned false but named no error). */
  code: string;
  text: string;
  detail: string;
  /** What the course did about it, e.g. "treated as success", "will retry". */
  outcome: string;
}

const LIMIT = 30;
export const $diagnostics = atom<Diagnostic[]>([]);

export function logDiagnostic(entry: Diagnostic): void {
  const next = [...$diagnostics.get(), entry].slice(-LIMIT);
  $diagnostics.set(next);
  // The LMS preview reads it from the SCO's window (same origin); nothing leaves the page.
  (globalThis as { rbDiagnostics?: Diagnostic[] }).rbDiagnostics = next;
}
