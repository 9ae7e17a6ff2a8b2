/**
 * The compact, versioned text form of a learner's progress in one module, stored in the LMS's
 * suspend_data and in the local copy. Format v2 (fields separated by "~"):
 *
 *   v2~r<revision>~s<section key>~q<question key><option key>…~p<play>,…~c<check>
 *   play = <scenario key><layout>[*]<steps>
 *
 * Section, question, option and scenario keys are 4-character `shortKey`s of their ids. A step is
 * ONE character: the position (0–3) of the choice among its node's choices, or "_" (continue), so
 * two choices can never share a key. Positions are read back by replaying the graph, and <layout>
 * (2 characters) fingerprints the order of every node's choices: when an author adds, removes or
 * reorders choices, the steps of that role-play are dropped (its "finished" is kept) instead of
 * being read as other choices. `c` is a checksum of everything before it, so a text the LMS cut
 * short or mangled is recognised as unreadable (null), never half-read.
 *
 * Older formats are read by their own decoder into the same model (v1: codec-v1.ts) and written
 * back as v2 on the next save: that is the migration chain.
 */
import { CONTINUE, next, nodeById, type PlayState, start } from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { lookup, readFields } from './codec-fields.ts';
import { decodeV1 } from './codec-v1.ts';
import { KEY_LENGTH, shortKey } from './short-key.ts';
import {
  type CodecIndex,
  emptyProgress,
  type ModuleProgress,
  type RolePlayProgress,
} from './state-model.ts';

export type { CodecIndex, ModuleProgress, RolePlayProgress };
export { emptyProgress };

export const STATE_VERSION = 2;
/** The scenario graphs of a module, by id (what the page's role-plays play). */
export type Graphs = Record<
  string,
  Pick<Scenario, 'id' | 'start' | 'nodes' | 'endings'> & Partial<Scenario>
>;

const base36 = (n: number, width: number) => (n % 36 ** width).toString(36).padStart(width, '0');
const check = (text: string) => base36(parseInt(shortKey(text), 36), 2);

/** Fingerprint of the order of each node's choices: what step positions depend on. */
export const layoutKey = (graph: Graphs[string]) => {
  const known = layoutKeys.get(graph);
  if (known !== undefined) return known;
  const key = computeLayoutKey(graph);
  layoutKeys.set(graph, key);
  return key;
};
// Each save encodes every role-play: a graph's key and its last encoding are kept, so a save at
// step 1,000 costs what one at step 2 does, instead of hashing every node and replaying every step.
const layoutKeys = new WeakMap<Graphs[string], string>();
const lastEncoded = new WeakMap<
  Graphs[string],
  { steps: readonly string[]; state: PlayState; out: string }
>();

const computeLayoutKey = (graph: Graphs[string]) =>
  base36(
    parseInt(
      shortKey(
        graph.nodes.map((n) => [n.id, ...(n.choices ?? []).map((c) => c.id)].join(' ')).join('|'),
      ),
      36,
    ),
    2,
  );

function encodeSteps(graph: Graphs[string], steps: string[]): string {
  // Resumed from the last encoding when the learner has only added steps since. A step is one
  // character, so an encoding shorter than its steps stopped at an unplayable one: it is final.
  const last = lastEncoded.get(graph);
  const grown =
    last && last.steps.length <= steps.length && last.steps.every((s, i) => s === steps[i]);
  if (grown && (last.out.length < last.steps.length || last.steps.length === steps.length))
    return last.out;
  let state: PlayState = grown ? last.state : start(graph as Scenario);
  let out = grown ? last.out : '';
  for (const step of steps.slice(grown ? last.steps.length : 0)) {
    const position = (nodeById(graph as Scenario, state.at)?.choices ?? []).findIndex(
      (c) => c.id === step,
    );
    if (step !== CONTINUE && position < 0) break; // not playable: never saved as something else
    try {
      state = next(graph as Scenario, state, step);
    } catch {
      break;
    }
    out += step === CONTINUE ? '_' : position.toString(36);
  }
  lastEncoded.set(graph, { steps: [...steps], state, out });
  return out;
}

function decodeSteps(graph: Graphs[string], text: string): string[] {
  let state: PlayState = start(graph as Scenario);
  for (const char of text) {
    const choices = nodeById(graph as Scenario, state.at)?.choices ?? [];
    const step = char === '_' ? CONTINUE : choices[parseInt(char, 36)]?.id;
    if (!step) break;
    try {
      state = next(graph as Scenario, state, step);
    } catch {
      break; // content changed: keep the steps that still make sense
    }
  }
  return state.steps;
}

export function encodeProgress(p: ModuleProgress, graphs: Graphs): string {
  const fields = [`v${STATE_VERSION}`, `r${p.revision.toString(36)}`];
  if (p.section) fields.push(`s${shortKey(p.section)}`);
  const answers = Object.entries(p.answers)
    .map(([q, o]) => shortKey(q) + shortKey(o))
    .join('');
  if (answers) fields.push(`q${answers}`);
  // A role-play no longer on the page has no graph: its steps could not be read back anyway.
  const plays = Object.entries(p.roleplays)
    .filter(([id]) => graphs[id])
    .map(
      ([id, r]) =>
        shortKey(id) +
        layoutKey(graphs[id]) +
        (r.finished ? '*' : '') +
        encodeSteps(graphs[id], r.steps),
    );
  if (plays.length) fields.push(`p${plays.join(',')}`);
  const body = fields.join('~');
  return `${body}~c${check(body)}`;
}

function decodeV2(fields: string[], index: CodecIndex, graphs: Graphs): ModuleProgress | null {
  const scenarios = lookup(Object.keys(graphs));
  return readFields(fields, index, { skipEmpty: false }, (body, progress) => {
    for (const play of body.split(',')) {
      const id = scenarios.get(play.slice(0, KEY_LENGTH));
      if (!id) continue; // a role-play removed from the module
      const finished = play[KEY_LENGTH + 2] === '*';
      const sameLayout = play.slice(KEY_LENGTH, KEY_LENGTH + 2) === layoutKey(graphs[id]);
      const text = play.slice(KEY_LENGTH + 2 + (finished ? 1 : 0));
      progress.roleplays[id] = {
        steps: sameLayout ? decodeSteps(graphs[id], text) : [],
        finished,
      };
    }
    return true;
  });
}

export type StateReading =
  | { kind: 'empty'; progress: ModuleProgress }
  | { kind: 'read'; progress: ModuleProgress; version: number }
  | { kind: 'unreadable'; progress: ModuleProgress };

/** Reads saved progress of any known version; says when the text is there but unreadable. */
export function readProgress(
  text: string | null | undefined,
  index: CodecIndex,
  graphs: Graphs,
): StateReading {
  if (!text) return { kind: 'empty', progress: emptyProgress() };
  const fields = text.split('~');
  const version = /^v(\d+)$/.exec(fields[0])?.[1];
  let progress: ModuleProgress | null = null;
  try {
    if (version === '1') progress = decodeV1(fields.slice(1), index);
    if (version === '2') {
      const last = fields.at(-1) ?? '';
      const body = fields.slice(0, -1).join('~');
      if (last === `c${check(body)}`) progress = decodeV2(fields.slice(1, -1), index, graphs);
    }
  } catch {
    progress = null;
  }
  return progress
    ? { kind: 'read', progress, version: Number(version) }
    : { kind: 'unreadable', progress: emptyProgress() };
}

/** Decodes saved progress; empty progress for text it cannot read (never throws). */
export const decodeProgress = (
  text: string | null | undefined,
  index: CodecIndex,
  graphs: Graphs,
) => readProgress(text, index, graphs).progress;
