/**
 * Pure logic behind the practice tools: breathing timing, warning-signs tally, self-check results.
 */
import { describe, expect, it } from 'vitest';
import { composeScript } from '#src/tools/boundary.ts';
import { breathsPerMinute, cycleCount, positionAt, sessionSeconds } from '#src/tools/breathing.ts';
import { dimensionResults, weakest } from '#src/tools/self-assessment.ts';
import {
  needsNudge,
  pruneHistory,
  recentWeeks,
  recurringSigns,
  signWeekCounts,
  weekKey,
} from '#src/tools/signs.ts';

const coherence = {
  minutes: 5,
  phases: [
    { kind: 'inhale' as const, seconds: 5 },
    { kind: 'exhale' as const, seconds: 5 },
  ],
};
const fourSevenEight = {
  minutes: 1.5,
  phases: [
    { kind: 'inhale' as const, seconds: 4 },
    { kind: 'hold' as const, seconds: 7 },
    { kind: 'exhale' as const, seconds: 8 },
  ],
};

describe('breathing pacer', () => {
  it('cardiac coherence is six breaths a minute, thirty cycles in five minutes', () => {
    expect(breathsPerMinute(coherence)).toBe(6);
    expect(cycleCount(coherence)).toBe(30);
    expect(sessionSeconds(coherence)).toBe(300);
  });

  it('4-7-8 rounds to whole cycles (19 s each: 5 cycles in about a minute and a half)', () => {
    expect(cycleCount(fourSevenEight)).toBe(5);
    expect(sessionSeconds(fourSevenEight)).toBe(95);
  });

  it('walks through the phases of a cycle and counts down within each', () => {
    expect(positionAt(fourSevenEight, 0)).toMatchObject({
      cycle: 1,
      kind: 'inhale',
      secondsLeft: 4,
      done: false,
      sessionLeft: 95,
    });
    expect(positionAt(fourSevenEight, 3.5)).toMatchObject({ kind: 'inhale', secondsLeft: 1 });
    expect(positionAt(fourSevenEight, 4)).toMatchObject({ kind: 'hold', secondsLeft: 7 });
    expect(positionAt(fourSevenEight, 11)).toMatchObject({ kind: 'exhale', secondsLeft: 8 });
    expect(positionAt(fourSevenEight, 19)).toMatchObject({ cycle: 2, kind: 'inhale' });
    expect(positionAt(fourSevenEight, 94.9)).toMatchObject({
      cycle: 5,
      kind: 'exhale',
      done: false,
      secondsLeft: 1,
    });
  });

  it('is done at the end of the last cycle', () => {
    expect(positionAt(coherence, 300)).toMatchObject({ done: true, cycle: 30, sessionLeft: 0 });
    expect(positionAt(coherence, 299)).toMatchObject({ done: false, cycle: 30, kind: 'exhale' });
  });
});

describe('warning-signs tally', () => {
  it('uses ISO weeks, including the ones that straddle a new year', () => {
    expect(weekKey(new Date(2026, 10, 23))).toBe('2026-W48');
    expect(weekKey(new Date(2026, 11, 31))).toBe('2026-W53');
    expect(weekKey(new Date(2027, 0, 3))).toBe('2026-W53');
    expect(weekKey(new Date(2027, 0, 4))).toBe('2027-W01');
    expect(recentWeeks(new Date(2026, 10, 23))).toEqual([
      '2026-W48',
      '2026-W47',
      '2026-W46',
      '2026-W45',
    ]);
  });

  const now = new Date(2026, 10, 23);
  const history = {
    '2026-W48': ['fatigue', 'irritable', 'tickets'],
    '2026-W47': ['fatigue', 'irritable'],
    '2026-W46': ['tickets', 'sleep'],
    '2026-W40': ['fatigue', 'sleep', 'dread'],
  };

  it('counts only the last four weeks', () => {
    expect(Object.fromEntries(signWeekCounts(history, now))).toEqual({
      fatigue: 2,
      irritable: 2,
      tickets: 2,
      sleep: 1,
    });
  });

  it('nudges towards support when three signs come back in two weeks or more', () => {
    expect(recurringSigns(history, now).sort()).toEqual(['fatigue', 'irritable', 'tickets']);
    expect(needsNudge(history, now)).toBe(true);
    expect(needsNudge({ '2026-W48': ['fatigue', 'irritable', 'tickets', 'sleep'] }, now)).toBe(
      false,
    );
  });

  it('keeps only the weeks it shows', () => {
    expect(Object.keys(pruneHistory({ ...history, '2026-W45': [] }, now)).sort()).toEqual([
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
  });
});

describe('self-assessment', () => {
  const dims = [
    { id: 'a', label: 'A', statements: ['1', '2'] },
    { id: 'b', label: 'B', statements: ['1', '2'] },
    { id: 'c', label: 'C', statements: ['1', '2'] },
  ];

  it('averages each dimension and starts with the weakest fully answered one', () => {
    const results = dimensionResults(dims, { 'a.0': 4, 'a.1': 5, 'b.0': 2, 'b.1': 3, 'c.0': 1 });
    expect(results.map((r) => [r.id, r.average, r.answered])).toEqual([
      ['a', 4.5, 2],
      ['b', 2.5, 2],
      ['c', 1, 1],
    ]);
    expect(weakest(results)?.id).toBe('b');
  });

  it('has no weakest dimension until one is fully answered', () => {
    expect(weakest(dimensionResults(dims, { 'a.0': 1 }))).toBeUndefined();
  });
});

describe('boundary script', () => {
  it('joins the steps into sentences and skips empty ones', () => {
    expect(
      composeScript([
        ' You are raising your voice',
        '',
        'I cannot help you like this.',
        'Shall we look at the options',
      ]),
    ).toBe(
      'You are raising your voice. I cannot help you like this. Shall we look at the options.',
    );
  });
});
