import { describe, expect, it } from 'vitest';
import { displayOrder } from '#src/course/display-order.ts';
import { fnv1a } from '#src/tracking/fnv1a.ts';
import { shortKey } from '#src/tracking/short-key.ts';

describe('the one FNV-1a hash', () => {
  it('gives the published 32-bit FNV-1a values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('keeps the short keys of saved progress as they were (a change would lose resumes)', () => {
    const ids = ['q_third_call', 'node_start', 'a', 'burnout_signs', 'x'];
    expect(ids.map(shortKey)).toEqual(['yt73', 'p6t2', 'wi7g', 'bp41', 'mkjr']);
  });

  it('keeps the display order of options as it was', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(
      displayOrder('check.q_third_call', items)
        .map((i) => i.id)
        .join(''),
    ).toBe('abdce');
  });
});
