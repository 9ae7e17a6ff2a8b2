/**
 * Each learner's first and latest answer to each interaction, kept in typed arrays: a slot per
 * (interaction, learner) holding two response numbers and two times, with every distinct response
 * text stored once. About 40 bytes an answer instead of ~120 as objects, so memory follows
 * learners × interactions, never the number of statements.
 */

export interface Answer {
  first: string;
  firstTime: number;
  last: string;
  lastTime: number;
}

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

  /** The answers to one interaction by learner, built when a figure needs them. */
  get(interaction: string): Map<number, Answer> | undefined {
    const byLearner = this.slots.get(interaction);
    if (!byLearner) return undefined;
    const out = new Map<number, Answer>();
    for (const [learner, s] of byLearner)
      out.set(learner, {
        first: this.texts[this.first[s]],
        firstTime: this.firstTime[s],
        last: this.texts[this.last[s]],
        lastTime: this.lastTime[s],
      });
    return out;
  }
}
