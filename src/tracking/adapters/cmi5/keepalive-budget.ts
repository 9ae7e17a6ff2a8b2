/**
 * What can leave when the page closes. Browsers refuse a keepalive request outright once the
 * bodies of the keepalive requests in flight would pass 64 KiB (Fetch standard,
 * inflightKeepaliveBytes), and a refused request is lost: after a slow LRS let the answers pile
 * up, the state document (which holds the batch again) and the statements together passed it, and
 * "terminated" never arrived. So the two requests are fitted to the budget, best first.
 */
import { type SavedProgress, type Statement, verbOf } from './saved.ts';

/** The browsers' 64 KiB, less 1 KiB of margin (the page sends no other keepalive request). */
export const KEEPALIVE_BUDGET = 63 * 1024;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export interface LastWords {
  document: SavedProgress;
  statements: Statement[];
}

/**
 * The state document and the statements to send on terminate, within `budget` bytes together.
 * Preferred: everything, the document holding the batch again for the next launch. Then the
 * document holds only the statements that judge and end the session (the answers travel once).
 * At worst the oldest answers are left out of this session's record, never "terminated", a
 * verdict, or the learner's place (the state document's suspend data keeps every answer).
 */
export function fitKeepalive(
  document: SavedProgress,
  batch: Statement[],
  budget = KEEPALIVE_BUDGET,
): LastWords {
  const essential = batch.filter((s) => verbOf(s) !== 'answered');
  const lean = { ...document, pending: essential };
  if (bytes(document) + bytes(batch) <= budget) return { document, statements: batch };
  const room = budget - bytes(lean);
  if (bytes(batch) <= room) return { document: lean, statements: batch };
  // Newest answers first: the oldest are the likeliest to be stored already by the commit that
  // was on its way when the page closed.
  let used = bytes(essential);
  const kept = new Set<Statement>();
  for (const s of [...batch].reverse()) {
    if (verbOf(s) !== 'answered') continue;
    const size = bytes(s) + 1; // and its comma
    if (used + size > room) break;
    used += size;
    kept.add(s);
  }
  return {
    document: lean,
    statements: batch.filter((s) => verbOf(s) !== 'answered' || kept.has(s)),
  };
}
