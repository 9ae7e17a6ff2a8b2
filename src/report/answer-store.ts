/**
 * Each learner's first and latest answer to each interaction, kept in typed arrays: a slot per
 * (interaction, learner) holding two response numbers and two times, with every distinct response
 * text stored once. About 40 bytes an answer instead of ~120 as objects, so memory follows
 * learners × interactions, never the number of statements.
 */

export class AnswerStore {
  /** interaction id → learner number → slot. */
  private readonly slots = new Map<string, Map<number, number>>();
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  private first = new Uint32Array(4096);
  private last = new Uint32Array(4096);
  private firstTime = new Float64Array(4096);
  private lastTime = new Float64Array(4096);
  private used = 0;

  private textOf(response: string): number {
    let n = this.textIndex.get(response);
    if (n === undefined) {
      n = this.texts.push(response) - 1;
      this.textIndex.set(response, n);
    }
    return n;
  }

  private grow() {
    const twice = <T extends Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.first = twice(this.first);
    this.last = twice(this.last);
    this.firstTime = twice(this.firstTime);
    this.lastTime = twice(this.lastTime);
  }

  /** Keeps the earliest and the latest answer (`time` 0 when unknown). */
  record(interaction: string, learner: number, response: string, time: number) {
    let byLearner = this.slots.get(interaction);
    if (!byLearner) {
      byLearner = new Map();
      this.slots.set(interaction, byLearner);
    }
    const r = this.textOf(response);
    const slot = byLearner.get(learner);
    if (slot === undefined) {
      if (this.used === this.first.length) this.grow();
      const s = this.used++;
      byLearner.set(learner, s);
      this.first[s] = this.last[s] = r;
      this.firstTime[s] = this.lastTime[s] = time;
    } else if (time < this.firstTime[slot]) {
      this.first[slot] = r;
      this.firstTime[slot] = time;
    } else if (time >= this.lastTime[slot]) {
      this.last[slot] = r;
      this.lastTime[slot] = time;
    }
  }

  /**
   * The answers to one interaction, read in place: no object per answer, so the figures of a
   * million statements cost no more memory than their reading did.
   */
  view(interaction: string): AnswerView | undefined {
    const byLearner = this.slots.get(interaction);
    if (!byLearner) return undefined;
    const at = (learner: number) => byLearner.get(learner);
    return {
      learners: () => byLearner.keys(),
      first: (l) => {
        const s = at(l);
        return s === undefined ? undefined : this.texts[this.first[s]];
      },
      last: (l) => {
        const s = at(l);
        return s === undefined ? undefined : this.texts[this.last[s]];
      },
      answeredAgain: (l) => {
        const s = at(l);
        return s !== undefined && this.lastTime[s] > this.firstTime[s];
      },
    };
  }
}

export interface AnswerView {
  learners(): Iterable<number>;
  /** The learner's first response, or undefined when they did not answer. */
  first(learner: number): string | undefined;
  last(learner: number): string | undefined;
  /** A later answer than the first exists (a replay). */
  answeredAgain(learner: number): boolean;
}
