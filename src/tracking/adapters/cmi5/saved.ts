/** What the cmi5 adapter keeps in the LRS between sessions, and the small helpers it shares. */
import { t } from '#src/i18n/page.ts';
import type { BrowserKey } from '#src/i18n/ui.ts';
import { $notice } from '#src/tracking/stores.ts';
import type { Cmi5Verb } from './statements.ts';

export type Statement = { id: string; verb: { id: string } };

export interface SavedProgress {
  suspendData: string;
  location: string;
  /** Verbs the LRS holds or will hold for this registration (each may be sent only once). */
  sent: Cmi5Verb[];
  /**
   * Statements on their way when this was written. The next launch sends them again before its
   * "initialized": what already arrived is stored once (same ids), what was lost arrives.
   */
  pending?: Statement[];
  /** A pass (0–1) reached after a fail in the same session, for the next session to send. */
  passLater?: number;
}

export const verbOf = (s: Statement) => s.verb.id.slice(s.verb.id.lastIndexOf('/') + 1);

/** A calm word to the learner about this session's record. */
export function sessionNotice(key: BrowserKey, kind: 'info' | 'warning' = 'info') {
  $notice.set({ kind, text: typeof document === 'undefined' ? key : t(key) });
}

/**
 * RFC 4122 version 4; randomUUID exists only in secure contexts, and an LMS may serve over http.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-` +
    `${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  );
}
