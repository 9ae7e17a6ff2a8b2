/**
 * The compact, versioned text form of a learner's progress in one module, stored in the LMS's
 * suspend_data and in the local copy. Format v1 (fields separated by "~"):
 *
 *   v1~r<revision>~s<section key>~q<question key><option key>…~p<scenario key>[*]<steps>,…
 *
 * A step is a 4-character choice key or "_" (continue); "*" marks a scenario finished at least once.
 * Keys come from `shortKey`, so decoding needs the module's ids (`CodecIndex`). Unknown keys (content
 * edited since) are dropped rather than failing: the learner keeps everything that still exists.
 */
import { CONTINUE } from '../roleplay/engine.ts';
import { KEY_LENGTH, shortKey } from './short-key.ts';

export const STATE_VERSION = 1;

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
  /** Scenario id → every choice id in it. */
  scenarios: Record<string, string[]>;
}

export const emptyProgress = (): ModuleProgress => ({
  revision: 0,
  section: null,
  answers: {},
  roleplays: {},
});

export function encodeProgress(p: ModuleProgress): string {
  const fields = [`v${STATE_VERSION}`, `r${p.revision.toString(36)}`];
  if (p.section) fields.push(`s${shortKey(p.section)}`);
  const answers = Object.entries(p.answers)
    .map(([q, o]) => shortKey(q) + shortKey(o))
    .join('');
  if (answers) fields.push(`q${answers}`);
  const plays = Object.entries(p.roleplays).map(
    ([id, r]) =>
      shortKey(id) +
      (r.finished ? '*' : '') +
      r.steps.map((s) => (s === CONTINUE ? '_' : shortKey(s))).join(''),
  );
  if (plays.length) fields.push(`p${plays.join(',')}`);
  return fields.join('~');
}

const lookup = (ids: readonly string[]) => new Map(ids.map((id) => [shortKey(id), id]));

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function decodeSteps(text: string, choices: Map<string, string>): string[] {
  const steps: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '_') {
      steps.push(CONTINUE);
      i += 1;
      continue;
    }
    const id = choices.get(text.slice(i, i + KEY_LENGTH));
    if (!id) break; // content changed: keep the steps that still make sense
    steps.push(id);
    i += KEY_LENGTH;
  }
  return steps;
}

/** Decodes saved progress; returns empty progress for text it cannot read (never throws). */
export function decodeProgress(text: string | null | undefined, index: CodecIndex): ModuleProgress {
  const progress = emptyProgress();
  if (!text?.startsWith(`v${STATE_VERSION}~`)) return progress;
  const sections = lookup(index.sections);
  const questions = lookup(Object.keys(index.questions));
  const scenarios = lookup(Object.keys(index.scenarios));
  for (const field of text.split('~').slice(1)) {
    const [tag, body] = [field[0], field.slice(1)];
    if (tag === 'r') progress.revision = parseInt(body, 36) || 0;
    if (tag === 's') progress.section = sections.get(body) ?? null;
    if (tag === 'q') {
      for (const pair of chunks(body, KEY_LENGTH * 2)) {
        const question = questions.get(pair.slice(0, KEY_LENGTH));
        const option = question && lookup(index.questions[question]).get(pair.slice(KEY_LENGTH));
        if (question && option) progress.answers[question] = option;
      }
    }
    if (tag === 'p') {
      for (const play of body.split(',')) {
        const id = scenarios.get(play.slice(0, KEY_LENGTH));
        if (!id) continue;
        const finished = play[KEY_LENGTH] === '*';
        const steps = decodeSteps(
          play.slice(KEY_LENGTH + (finished ? 1 : 0)),
          lookup(index.scenarios[id]),
        );
        progress.roleplays[id] = { steps, finished };
      }
    }
  }
  return progress;
}
