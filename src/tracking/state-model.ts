/** The learner's progress in one module, independent of how it is saved (see state-codec.ts). */

export interface RolePlayProgress {
  /** Steps taken in the current attempt (choice ids and CONTINUE). */
  steps: string[];
  /** True once any attempt reached an ending. */
  finished: boolean;
}

export interface ModuleProgress {
  /** Grows with every change, so the newer of the LMS copy and the local copy wins on launch. */
  revision: number;
  /** Id of the furthest section revealed, or null before the first. */
  section: string | null;
  /** Knowledge-check answers: question id → option id. */
  answers: Record<string, string>;
  /** Role-play progress by scenario id. */
  roleplays: Record<string, RolePlayProgress>;
}

/** The ids a module can store, so keys can be turned back into ids. */
export interface CodecIndex {
  sections: string[];
  /** Question id → its option ids. */
  questions: Record<string, string[]>;
  /** Scenario id → every choice id in it (read by the v1 decoder only). */
  scenarios: Record<string, string[]>;
}

export const emptyProgress = (): ModuleProgress => ({
  revision: 0,
  section: null,
  answers: {},
  roleplays: {},
});
