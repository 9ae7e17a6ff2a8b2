/**
 * The live classroom's messages between the server, the projector (host) and the phones, with
 * their limits and one validator per direction that the server trusts. Every message is JSON with
 * a `t` (type). Pure: the server, the pages and the tests share it.
 */

export const LIMITS = {
  /** Larger frames close the socket at the WebSocket layer (code 1009) before any parsing. */
  frameBytes: 16 * 1024,
  /** A phone only ever says "join" or "vote": anything longer is refused. */
  phoneMessageBytes: 300,
  idChars: 64,
  decisionChars: 96,
  lineChars: 2000,
  speakerChars: 120,
  choiceChars: 600,
  choices: 4,
  /** Distinct phones in one room: bounds the memory the votes take. */
  phones: 500,
  /** Decisions whose votes are kept for the debrief and export (oldest dropped first). */
  decisions: 200,
} as const;

/** A decision as the projector shows it and the phones vote on it. */
export interface Decision {
  /** Unique in the session: step index and node id (`3-n_angry`). */
  id: string;
  speaker: string;
  line: string;
  choices: Array<{ id: string; text: string }>;
}

/** What the room sees: a decision (open or closed for votes), or nothing to vote on. */
export interface Show {
  t: 'show';
  decision: Decision | null;
  open: boolean;
  /** The room's choice, once revealed. */
  picked?: string;
}

/** What anyone may send: a phone joins and votes; the projector first shows its key. */
export type GuestMessage =
  | { t: 'join'; code: string; token: string }
  | { t: 'vote'; decision: string; choice: string }
  | { t: 'host'; key: string };
/** What the projector may send once its key was right; `export` asks for the counts to keep. */
export type HostMessage = Show | { t: 'export' };

/** The counts of one decision, as the facilitator may keep them: no tokens, nothing personal. */
export interface DecisionCounts {
  decision: string;
  line: string;
  choices: Array<{ id: string; text: string; votes: number }>;
}

export type RefusalReason =
  | 'bad-message'
  | 'bad-code'
  | 'too-many-tries'
  | 'room-full'
  | 'not-open'
  | 'slow-down'
  | 'not-joined'
  | 'not-allowed';

/** Server → phone. */
export type ToPhone =
  | { t: 'joined' }
  | (Show & { mine?: string })
  | { t: 'voted'; decision: string; choice: string }
  | { t: 'refused'; reason: RefusalReason };

/** Server → projector. */
export type ToHost =
  | { t: 'room'; code: string; join: string; qr: string; lan: boolean }
  | { t: 'count'; decision: string; counts: Record<string, number>; phones: number }
  | { t: 'export'; decisions: DecisionCounts[] }
  | { t: 'refused'; reason: RefusalReason };

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: RefusalReason };

const ID = /^[a-z0-9_]{1,64}$/;
const DECISION_ID = /^[A-Za-z0-9_.:-]{1,96}$/;
/** A phone's own random token (phone.ts makes 22 base64url characters); nothing personal. */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const CODE = /^[A-Za-z0-9-]{1,16}$/;
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const refuse = (reason: RefusalReason = 'bad-message'): Parsed<never> => ({ ok: false, reason });

function parseJson(raw: string, maxBytes: number): Record<string, unknown> | undefined {
  // Characters are at most bytes; only a string that might be over is encoded to count its bytes.
  if (raw.length > maxBytes) return undefined;
  if (raw.length * 3 > maxBytes && new TextEncoder().encode(raw).length > maxBytes)
    return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** What a phone (or anyone who has not shown the facilitator key) may send. */
export function parseGuestMessage(raw: string): Parsed<GuestMessage> {
  const m = parseJson(raw, LIMITS.phoneMessageBytes);
  if (!m) return refuse();
  if (m.t === 'host')
    return typeof m.key === 'string' && KEY.test(m.key)
      ? { ok: true, message: { t: 'host', key: m.key } }
      : refuse('not-allowed');
  if (m.t === 'join' && typeof m.code === 'string' && typeof m.token === 'string')
    return CODE.test(m.code) && TOKEN.test(m.token)
      ? { ok: true, message: { t: 'join', code: m.code, token: m.token } }
      : refuse();
  if (m.t === 'vote' && typeof m.decision === 'string' && typeof m.choice === 'string')
    return DECISION_ID.test(m.decision) && ID.test(m.choice)
      ? { ok: true, message: { t: 'vote', decision: m.decision, choice: m.choice } }
      : refuse();
  // A phone sending facilitator commands is told no, and nothing changes.
  if (m.t === 'show' || m.t === 'export') return refuse('not-allowed');
  return refuse();
}

function parseDecision(d: unknown): Decision | null | undefined {
  if (d === null) return null;
  if (!d || typeof d !== 'object') return undefined;
  const { id, speaker, line, choices } = d as Record<string, unknown>;
  if (typeof id !== 'string' || !DECISION_ID.test(id)) return undefined;
  if (!isText(speaker, LIMITS.speakerChars) || !isText(line, LIMITS.lineChars)) return undefined;
  if (!Array.isArray(choices) || choices.length < 1 || choices.length > LIMITS.choices)
    return undefined;
  const parsed: Decision['choices'] = [];
  for (const c of choices) {
    const { id: cid, text } = (c ?? {}) as Record<string, unknown>;
    if (typeof cid !== 'string' || !ID.test(cid) || !isText(text, LIMITS.choiceChars))
      return undefined;
    if (parsed.some((p) => p.id === cid)) return undefined;
    parsed.push({ id: cid, text });
  }
  return { id, speaker, line, choices: parsed };
}

/** What the projector may send (after its `host` message carried the right key). */
export function parseHostMessage(raw: string): Parsed<HostMessage> {
  const m = parseJson(raw, LIMITS.frameBytes);
  if (!m) return refuse();
  if (m.t === 'export') return { ok: true, message: { t: 'export' } };
  if (m.t !== 'show' || typeof m.open !== 'boolean') return refuse();
  const decision = parseDecision(m.decision);
  if (decision === undefined) return refuse();
  const picked = m.picked;
  if (
    picked !== undefined &&
    !(typeof picked === 'string' && decision?.choices.some((c) => c.id === picked))
  )
    return refuse();
  return {
    ok: true,
    message: {
      t: 'show',
      decision,
      open: decision ? m.open : false,
      ...(picked ? { picked } : {}),
    },
  };
}
