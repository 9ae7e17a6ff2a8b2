import { describe, expect, it } from 'vitest';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { keyCollisions, shortKey } from '#src/tracking/short-key.ts';
import {
  type CodecIndex,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  type Graphs,
  type ModuleProgress,
  readProgress,
} from '#src/tracking/state-codec.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const counter = loadScenario(SAMPLE_SCENARIO);
const graphs: Graphs = { counter };
const index: CodecIndex = {
  sections: ['intro', 'practice', 'check'],
  questions: { first_reply: ['listen', 'argue'], second: ['solve', 'leave'] },
  scenarios: { counter: ['listen', 'policy', 'snap', 'offer', 'shrug'] },
};

const progress: ModuleProgress = {
  revision: 42,
  section: 'practice',
  answers: { first_reply: 'argue', second: 'solve' },
  roleplays: { counter: { steps: ['policy', CONTINUE, 'offer'], finished: true } },
};

/** The v1 text of `progress`, as the previous release wrote it (4-character choice keys). */
const v1Text = () =>
  [
    'v1',
    'r16',
    `s${shortKey('practice')}`,
    `q${shortKey('first_reply')}${shortKey('argue')}${shortKey('second')}${shortKey('solve')}`,
    `p${shortKey('counter')}*${shortKey('policy')}_${shortKey('offer')}`,
  ].join('~');

describe('state codec v2', () => {
  it('encodes a play grown step by step, or changed, as a fresh encoding does', () => {
    const withSteps = (steps: string[]): ModuleProgress => ({
      ...progress,
      roleplays: { counter: { steps, finished: false } },
    });
    // A shallow copy of the graph is another object: it has no remembered encoding.
    const fresh = (steps: string[]) =>
      encodeProgress(withSteps(steps), { counter: { ...counter } });
    const played = ['policy', CONTINUE, 'offer'];
    const sequence = [[], ...played.map((_, i) => played.slice(0, i + 1)), ['listen'], played];
    for (const steps of [...sequence, ['policy', 'snap', 'offer'], ['policy']]) {
      expect(encodeProgress(withSteps(steps), graphs)).toBe(fresh(steps));
    }
    // Steps changed in place (same array) are read again, not taken from the last encoding.
    const mutable = ['policy'];
    encodeProgress(withSteps(mutable), graphs);
    mutable[0] = 'listen';
    expect(encodeProgress(withSteps(mutable), graphs)).toBe(fresh(['listen']));
  });

  it('round-trips progress', () => {
    expect(decodeProgress(encodeProgress(progress, graphs), index, graphs)).toEqual(progress);
  });

  it('stores a step as one character: the choice position in its node', () => {
    const text = encodeProgress(progress, graphs);
    expect(text.startsWith('v2~')).toBe(true);
    // policy is the 2nd choice of "open", offer the 1st of "second".
    expect(text).toContain('*1_0~c');
    const oneStep = { ...progress, roleplays: { counter: { steps: ['policy'], finished: true } } };
    expect(text.length - encodeProgress(oneStep, graphs).length).toBe(2); // v1: 5 (4 + "_")
    expect(encodeProgress(emptyProgress(), graphs)).toMatch(/^v2~r0~c[0-9a-z]{2}$/);
  });

  it('migrates: decodes a v1 state saved before the format changed', () => {
    expect(readProgress(v1Text(), index, graphs)).toEqual({ kind: 'read', progress, version: 1 });
  });

  it('v1 (shared field reader): skips the empty fields v1 wrote, refuses an unknown one', () => {
    const withGap = v1Text().replace('~r16~', '~~r16~');
    expect(readProgress(withGap, index, graphs)).toEqual({ kind: 'read', progress, version: 1 });
    expect(readProgress(`${v1Text()}~x12`, index, graphs).kind).toBe('unreadable');
  });

  it('keys depend on the id only, not on order or language', () => {
    expect(shortKey('active_listening')).toBe(shortKey('active_listening'));
    expect(shortKey('a')).not.toBe(shortKey('b'));
    expect(shortKey('anything')).toMatch(/^[0-9a-z]{4}$/);
  });

  it('drops what no longer exists after content edits, keeping the rest', () => {
    const edited: CodecIndex = { ...index, questions: { second: ['solve', 'leave'] } };
    // The role-play was removed from the module: no graph for it any more.
    expect(decodeProgress(encodeProgress(progress, graphs), edited, {})).toEqual({
      revision: 42,
      section: 'practice',
      answers: { second: 'solve' },
      roleplays: {},
    });
  });

  it('drops the steps (not "finished") when choices were reordered, never misreads them', () => {
    const reordered = structuredClone(counter);
    reordered.nodes[0].choices!.reverse();
    const text = encodeProgress(progress, graphs);
    expect(decodeProgress(text, index, { counter: reordered }).roleplays.counter).toEqual({
      steps: [],
      finished: true,
    });
  });

  it('says "unreadable" for garbage, another version, a cut or mangled text; never throws', () => {
    const good = encodeProgress(progress, graphs);
    const random = Array.from({ length: 4096 }, (_, i) => 'ax9~_*,'[(i * 7919) % 7]).join('');
    for (const text of ['abc', 'v9~xyz', random, good.slice(0, -5), good.replace('*1', '*2')]) {
      const read = readProgress(text, index, graphs);
      expect(read.kind, text.slice(0, 40)).toBe('unreadable');
      expect(read.progress.answers).toEqual({});
    }
    expect(readProgress(v1Text().slice(0, -2), index, graphs).kind).toBe('unreadable');
    expect(readProgress('', index, graphs).kind).toBe('empty');
    expect(readProgress(null, index, graphs).kind).toBe('empty');
  });

  it('finds colliding ids so the build can refuse them', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `id_${i}`);
    const collisions = keyCollisions(ids);
    expect(collisions.length).toBeGreaterThan(0);
    for (const [a, b] of collisions) expect(shortKey(a)).toBe(shortKey(b));
    expect(keyCollisions(['a', 'b', 'a'])).toEqual([]);
  });
});
