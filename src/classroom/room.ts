/**
 * One room's votes, in memory only: what is on screen, and per decision which choice each phone's
 * anonymous token picked. A phone has one vote per decision and may change it while the vote is
 * open. Pure (no sockets, no clock), so the rules are tested without a server.
 */

import {
  type Decision,
  type DecisionCounts,
  LIMITS,
  type RefusalReason,
  type Show,
} from './protocol.ts';

export type VoteResult = { ok: true } | { ok: false; reason: RefusalReason };

export class Room {
  private show: Show = { t: 'show', decision: null, open: false };
  /** Decision id → token → choice id. Insertion order is the order decisions were shown. */
  private readonly votes = new Map<string, Map<string, string>>();
  private readonly lines = new Map<string, Decision>();
  private readonly tokens = new Set<string>();

  readonly code: string;
  readonly key: string;
  constructor(code: string, key: string) {
    this.code = code;
    this.key = key;
  }

  get current(): Show {
    return this.show;
  }

  /** Lets a token in; a known token always comes back (a reconnect), new ones up to the cap. */
  admit(token: string): boolean {
    if (this.tokens.has(token)) return true;
    if (this.tokens.size >= LIMITS.phones) return false;
    this.tokens.add(token);
    return true;
  }

  /** The projector says what is on screen. */
  setShow(show: Show): void {
    this.show = show;
    const d = show.decision;
    if (!d) return;
    this.lines.set(d.id, d);
    if (!this.votes.has(d.id)) {
      this.votes.set(d.id, new Map());
      if (this.votes.size > LIMITS.decisions) {
        const oldest = this.votes.keys().next().value!;
        this.votes.delete(oldest);
        this.lines.delete(oldest);
      }
    }
  }

  vote(token: string, decisionId: string, choiceId: string): VoteResult {
    if (!this.tokens.has(token)) return { ok: false, reason: 'not-joined' };
    const d = this.show.decision;
    if (!d || !this.show.open || d.id !== decisionId) return { ok: false, reason: 'not-open' };
    if (!d.choices.some((c) => c.id === choiceId)) return { ok: false, reason: 'bad-message' };
    this.votes.get(d.id)!.set(token, choiceId);
    return { ok: true };
  }

  /**
   * This token's vote on a decision (the current one by default), to show it again after a
   * reconnect.
   */
  mine(token: string, decisionId = this.show.decision?.id): string | undefined {
    return decisionId ? this.votes.get(decisionId)?.get(token) : undefined;
  }

  /** Votes per choice, every choice present (0 when none). */
  counts(decisionId = this.show.decision?.id): Record<string, number> {
    const d = decisionId ? this.lines.get(decisionId) : undefined;
    const counts: Record<string, number> = {};
    for (const c of d?.choices ?? []) counts[c.id] = 0;
    for (const choice of this.votes.get(decisionId ?? '')?.values() ?? [])
      counts[choice] = (counts[choice] ?? 0) + 1;
    return counts;
  }

  /** Counts only, per decision shown, for the facilitator to keep: no tokens, nothing personal. */
  exportCounts(): DecisionCounts[] {
    return [...this.votes.keys()].map((id) => {
      const d = this.lines.get(id)!;
      const counts = this.counts(id);
      return {
        decision: id,
        line: d.line,
        choices: d.choices.map((c) => ({ id: c.id, text: c.text, votes: counts[c.id] ?? 0 })),
      };
    });
  }
}
