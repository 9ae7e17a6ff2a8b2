/**
 * A token bucket: `burst` actions at once, then `perSecond` on average. The clock is passed in, so
 * the tests need no timers.
 */
export class TokenBucket {
  private readonly perSecond: number;
  private readonly burst: number;
  private tokens: number;
  private last: number;
  constructor(perSecond: number, burst: number, now: number) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Counts failures per key (an IP address) in a sliding minute; `blocked` once `max` are reached.
 * At most `keys` addresses are remembered, so a flood of addresses cannot grow the memory.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly keys: number;
  constructor(max: number, windowMs = 60_000, keys = 10_000) {
    this.max = max;
    this.windowMs = windowMs;
    this.keys = keys;
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  blocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.max;
  }

  fail(key: string, now: number): void {
    const kept = this.recent(key, now);
    if (!this.failures.has(key) && this.failures.size >= this.keys) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(key, [...kept, now]);
  }
}
