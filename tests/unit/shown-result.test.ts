import { describe, expect, it } from 'vitest';
import { shownResult } from '#src/elements/shown-result.ts';

const none = { completion: 'incomplete', success: 'unknown' };

describe('the result on the completion panel', () => {
  it('is this session’s result when the LMS held nothing', () => {
    expect(shownResult({ completion: 'completed', success: 'passed', scoreRaw: 83 }, null)).toEqual(
      {
        completed: true,
        passed: true,
        notYet: false,
        scoreRaw: 83,
        earlier: false,
      },
    );
  });
  it('never shows less than the LMS held at launch', () => {
    const prior = { completion: 'completed', success: 'passed', scoreRaw: 90 } as const;
    expect(shownResult(none, prior)).toMatchObject({
      completed: true,
      passed: true,
      earlier: true,
    });
    expect(
      shownResult({ completion: 'completed', success: 'failed', scoreRaw: 50 }, prior),
    ).toMatchObject({ passed: true, notYet: false, scoreRaw: 90, earlier: false });
  });
  it('says "not yet" for a failed check that was never passed', () => {
    expect(
      shownResult({ completion: 'completed', success: 'failed', scoreRaw: 50 }, null),
    ).toMatchObject({ completed: true, passed: false, notYet: true });
    expect(shownResult(none, { completion: 'incomplete', success: 'unknown' })).toMatchObject({
      completed: false,
    });
  });
});
