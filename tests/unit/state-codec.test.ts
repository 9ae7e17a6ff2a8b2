import { describe, expect, it } from 'vitest';
import { CONTINUE } from '../../src/roleplay/engine.ts';
import { keyCollisions, shortKey } from '../../src/tracking/short-key.ts';
import {
  type CodecIndex,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  type ModuleProgress,
} from '../../src/tracking/state-codec.ts';

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

describe('state codec', () => {
  it('round-trips progress', () => {
    expect(decodeProgress(encodeProgress(progress), index)).toEqual(progress);
  });

  it('is compact and versioned', () => {
    const text = encodeProgress(progress);
    expect(text.startsWith('v1~')).toBe(true);
    expect(text.length).toBeLessThan(60);
    expect(encodeProgress(emptyProgress())).toBe('v1~r0');
  });

  it('keys depend on the id only, not on order or language', () => {
    expect(shortKey('active_listening')).toBe(shortKey('active_listening'));
    expect(shortKey('a')).not.toBe(shortKey('b'));
    expect(shortKey('anything')).toMatch(/^[0-9a-z]{4}$/);
  });

  it('drops what no longer exists after content edits, keeping the rest', () => {
    const edited: CodecIndex = {
      ...index,
      questions: { second: ['solve', 'leave'] },
      scenarios: { counter: ['policy', 'snap'] },
    };
    expect(decodeProgress(encodeProgress(progress), edited)).toEqual({
      revision: 42,
      section: 'practice',
      answers: { second: 'solve' },
      roleplays: { counter: { steps: ['policy', CONTINUE], finished: true } },
    });
  });

  it('never throws on garbage, another version or nothing', () => {
    for (const text of ['', null, undefined, 'v9~r1', '{"json":true}', 'v1~q~p,,~s']) {
      expect(decodeProgress(text, index).answers).toEqual({});
    }
  });

  it('finds colliding ids so the build can refuse them', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `id_${i}`);
    const collisions = keyCollisions(ids);
    expect(collisions.length).toBeGreaterThan(0);
    for (const [a, b] of collisions) expect(shortKey(a)).toBe(shortKey(b));
    expect(keyCollisions(['a', 'b', 'a'])).toEqual([]);
  });
});
