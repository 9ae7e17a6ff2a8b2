/**
 * Where the next interaction and each objective go. Interactions are appended at `_count` (never
 * at 0 again); objectives are found by id or appended, and an id once set is never rewritten
 * (2004 RTE 4.2.17: error 351). Counts arrive as strings or numbers (Moodle); the larger of the
 * LMS's count and our own is used, so a count the LMS misreports cannot make us overwrite.
 */
import type { Read } from './session.ts';

const count = (read: Read) => (read.ok ? Math.max(0, Math.trunc(Number(read.value)) || 0) : 0);

export class RecordIndex {
  private interactions = -1;
  private objectives: Map<string, number> | null = null;
  private readonly read: (element: string) => Read;
  constructor(read: (element: string) => Read) {
    this.read = read;
  }

  /** The index for a new interaction; call `usedInteraction` once it is written. */
  nextInteraction(): number {
    const reported = count(this.read('cmi.interactions._count'));
    this.interactions = Math.max(this.interactions, reported);
    return this.interactions;
  }
  usedInteraction(index: number): void {
    this.interactions = Math.max(this.interactions, index + 1);
  }

  /** The objective's index, and whether its id still has to be written. */
  objective(id: string): { index: number; isNew: boolean } {
    if (!this.objectives) {
      this.objectives = new Map();
      const n = count(this.read('cmi.objectives._count'));
      for (let i = 0; i < n; i++) {
        const found = this.read(`cmi.objectives.${i}.id`);
        this.objectives.set(found.ok && found.value ? found.value : `\u0000${i}`, i);
      }
    }
    const known = this.objectives.get(id);
    if (known !== undefined) return { index: known, isNew: false };
    const index = this.objectives.size;
    this.objectives.set(id, index);
    return { index, isNew: true };
  }
}
