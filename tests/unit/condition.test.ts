import { describe, expect, it } from 'vitest';
import { evaluateCondition, metersIn, parseCondition } from '#src/roleplay/condition.ts';

const holds = (source: string, meters: Record<string, number>) =>
  evaluateCondition(parseCondition(source), meters);

describe('condition language', () => {
  it('compares meters with numbers', () => {
    expect(holds('tension >= 60', { tension: 60 })).toBe(true);
    expect(holds('tension >= 60', { tension: 59 })).toBe(false);
    expect(holds('energy != 0', { energy: 0 })).toBe(false);
  });

  it('respects precedence: and binds tighter than or; not and parentheses', () => {
    expect(holds('a > 1 or a < 0 and b > 5', { a: 2, b: 0 })).toBe(true);
    expect(holds('(a > 1 or a < 0) and b > 5', { a: 2, b: 0 })).toBe(false);
    expect(holds('not (a > 1)', { a: 0 })).toBe(true);
  });

  it('lists the meters it reads', () => {
    expect(
      metersIn(parseCondition('tension > 3 and not (energy < -2 or trust == tension)')),
    ).toEqual(['tension', 'energy', 'trust', 'tension']);
  });

  it('rejects what is not the language, with a message an author can use', () => {
    expect(() => parseCondition('tension >')).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected a meter id or a number but found the end in "tension >"]`,
    );
    expect(() => parseCondition('tension = 3')).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected a comparison (<, <=, >, >=, ==, !=) but found "=" in "tension = 3"]`,
    );
    expect(() => parseCondition('alert(1)')).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected a comparison (<, <=, >, >=, ==, !=) but found "(" in "alert(1)"]`,
    );
    expect(() => parseCondition('(a > 1')).toThrow(/expected "\)"/);
    expect(() => parseCondition('a > 1 b')).toThrow(/expected "and", "or" or the end/);
  });
});
