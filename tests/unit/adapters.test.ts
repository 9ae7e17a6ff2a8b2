import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { type Edition, StrictChecker } from '#src/harness/strict-checker.ts';
import { Scorm12Adapter, type Scorm12Api } from '#src/tracking/adapters/scorm12.ts';
import { Scorm2004Adapter, type Scorm2004Api } from '#src/tracking/adapters/scorm2004.ts';
import type { InteractionRecord } from '#src/tracking/types.ts';

/** scorm-again as the LMS, with every call passing our strict checker first. */
function lms(edition: Edition) {
  const api =
    edition === 'scorm12'
      ? new Scorm12API({ logLevel: 5 as never })
      : new Scorm2004API({ logLevel: 5 as never });
  const checker = new StrictChecker(edition);
  const calls: string[] = [];
  const sets: Record<string, string> = {}; // exit is write-only, so read what was accepted here
  const facade = new Proxy(api as unknown as Record<string, (...a: string[]) => unknown>, {
    get:
      (target, method: string) =>
      (...args: string[]) => {
        checker.check(method, args[0], args[1]);
        calls.push(method);
        const result = target[method].apply(api, args);
        if (/SetValue$/.test(method) && String(result) === 'true') sets[args[0]] = args[1];
        return result;
      },
  });
  return { api, facade, checker, calls, sets };
}

const answer: InteractionRecord = {
  id: 'check.first_reply',
  options: ['listen', 'argue', 'ignore'],
  response: 'argue',
  correct: ['listen'],
  result: 'wrong',
  description: 'A customer shouts. What first?',
  timestamp: new Date('2026-11-22T10:00:00Z'),
  latencyMs: 12_000,
};
const snapshot = {
  completion: 'completed' as const,
  success: 'passed' as const,
  scoreRaw: 83,
  progress: 1,
  location: 'practice',
  suspendData: 'v1~r3~sabcd',
};

describe('SCORM 1.2 adapter against scorm-again', () => {
  it(
    'tracks a session strictly: status, score, location, suspend data, interaction, objective, ' +
      'exit',
    () => {
      const { api, facade, checker, sets } = lms('scorm12');
      const adapter = new Scorm12Adapter(facade as unknown as Scorm12Api);
      expect(adapter.initialize()).toMatchObject({ entry: '', suspendData: '', location: '' });
      expect(adapter.write(snapshot)).toBe(true);
      expect(adapter.recordInteraction(answer)).toBe(true);
      expect(adapter.recordObjective({ id: 'listening', scaled: 0.75, passed: true })).toBe(true);
      expect(adapter.commit()).toBe(true);
      expect(adapter.terminate('suspend')).toBe(true);
      const cmi = api.cmi as any;
      expect(cmi.core.lesson_status).toBe('passed');
      expect(cmi.core.score.raw).toBe('83');
      expect(cmi.core.lesson_location).toBe('practice');
      expect(cmi.suspend_data).toBe('v1~r3~sabcd');
      expect(sets['cmi.core.exit']).toBe('suspend');
      expect(sets['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}$/);
      // 1.2 choice responses are option positions: "argue" is the 2nd option (b), "listen" the 1st
      // (a).
      expect(sets['cmi.interactions.0.student_response']).toBe('b');
      expect(sets['cmi.interactions.0.correct_responses.0.pattern']).toBe('a');
      expect(sets['cmi.interactions.0.result']).toBe('wrong');
      expect(cmi.objectives.childArray[0].score.raw).toBe('75');
      expect(checker.violations).toEqual([]);
    },
  );

  it('refuses state over the SCORM 1.2 limits instead of sending it', () => {
    const { facade } = lms('scorm12');
    const adapter = new Scorm12Adapter(facade as unknown as Scorm12Api);
    adapter.initialize();
    expect(adapter.write({ ...snapshot, suspendData: 'x'.repeat(4097) })).toBe(false);
  });

  it('reports passed or failed only once the module is complete (1.2 has a single status)', () => {
    const { api, facade } = lms('scorm12');
    const adapter = new Scorm12Adapter(facade as unknown as Scorm12Api);
    adapter.initialize();
    adapter.write({ ...snapshot, completion: 'incomplete', success: 'failed', scoreRaw: 40 });
    expect((api.cmi as any).core.lesson_status).toBe('incomplete');
    adapter.write({
      ...snapshot,
      completion: 'completed',
      success: 'unknown',
      scoreRaw: undefined,
    });
    expect((api.cmi as any).core.lesson_status).toBe('completed');
    adapter.write({ ...snapshot, completion: 'completed', success: 'failed', scoreRaw: 40 });
    expect((api.cmi as any).core.lesson_status).toBe('failed');
  });

  it('makes no call after terminate and initializes only once', () => {
    const { facade, calls } = lms('scorm12');
    const adapter = new Scorm12Adapter(facade as unknown as Scorm12Api);
    adapter.initialize();
    expect(adapter.initialize()).toBeNull();
    adapter.terminate('normal');
    const count = calls.length;
    expect(adapter.commit()).toBe(false);
    expect(adapter.write(snapshot)).toBe(false);
    expect(adapter.terminate('normal')).toBe(false);
    expect(calls.length).toBe(count);
    expect(calls.filter((c) => c === 'LMSInitialize')).toHaveLength(1);
  });

  it(
    'sends a reflection (only when the course allows it) as a fill-in cut to 255 ' + 'characters',
    () => {
      const { facade, checker, sets } = lms('scorm12');
      const adapter = new Scorm12Adapter(facade as unknown as Scorm12Api);
      adapter.initialize();
      expect(
        adapter.recordInteraction({
          ...answer,
          type: 'fill-in',
          id: 'reflection.own_work',
          response: 'word '.repeat(80),
        }),
      ).toBe(true);
      expect(sets['cmi.interactions.0.type']).toBe('fill-in');
      expect(sets['cmi.interactions.0.student_response']).toHaveLength(255);
      expect(checker.violations).toEqual([]);
    },
  );

  it('turns an LMS that throws into a plain false', () => {
    const throwing = {
      LMSInitialize: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: () => 'true',
      LMSCommit: () => {
        throw new Error('offline');
      },
      LMSFinish: () => 'true',
    };
    const adapter = new Scorm12Adapter(throwing);
    adapter.initialize();
    expect(adapter.commit()).toBe(false);
  });
});

describe('SCORM 2004 adapter against scorm-again', () => {
  it('tracks a session strictly with 2004 vocabularies', () => {
    const { api, facade, checker, sets } = lms('scorm2004');
    const adapter = new Scorm2004Adapter(facade as unknown as Scorm2004Api);
    adapter.initialize();
    expect(adapter.write(snapshot)).toBe(true);
    expect(adapter.recordInteraction(answer)).toBe(true);
    expect(adapter.recordObjective({ id: 'listening', scaled: 0.5, passed: false })).toBe(true);
    expect(adapter.terminate('suspend')).toBe(true);
    const cmi = api.cmi as any;
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect(cmi.score.scaled).toBe('0.83');
    expect(cmi.location).toBe('practice');
    expect(sets['cmi.exit']).toBe('suspend');
    expect(sets['cmi.session_time']).toMatch(/^PT\d+H\d+M\d+S$/);
    expect(cmi.interactions.childArray[0].learner_response).toBe('argue');
    expect(cmi.interactions.childArray[0].result).toBe('incorrect');
    expect(cmi.objectives.childArray[0].success_status).toBe('failed');
    expect(checker.violations).toEqual([]);
  });
});
