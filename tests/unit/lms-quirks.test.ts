import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { type Quirk, withQuirk } from '#src/harness/quirks.ts';
import { type Edition, StrictChecker } from '#src/harness/strict-checker.ts';
import { Scorm12Adapter, type Scorm12Api } from '#src/tracking/adapters/scorm12.ts';
import { Scorm2004Adapter, type Scorm2004Api } from '#src/tracking/adapters/scorm2004.ts';
import { $diagnostics } from '#src/tracking/diagnostics.ts';
import type { InteractionRecord } from '#src/tracking/types.ts';

const M = {
  scorm12: {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    all: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'],
    errors: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  },
  scorm2004: {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    all: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'],
    errors: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
  },
} as const;

/** scorm-again behaving like an LMS with one quirk; every call passes the strict checker. */
function quirkyLms(edition: Edition, quirk: Quirk | 'none', held: Record<string, string> = {}) {
  const settings = { logLevel: 5 as never, autocommit: false };
  const api = edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  (api as any).loadFromFlattenedJSON(held);
  const m = M[edition];
  const checker = new StrictChecker(edition, held);
  const target = api as unknown as Record<string, (...a: string[]) => unknown>;
  const ctx = {
    error: { code: null as string | null },
    read: (e: string) => target[m.get].call(api, e),
    slowCommitMs: 0,
  };
  const facade: Record<string, unknown> = {};
  const sets: string[] = [];
  for (const method of [...m.all, ...m.errors]) {
    const inner = (...a: string[]) => target[method].apply(api, a);
    const wrapped = withQuirk(quirk, m, method, inner, ctx);
    facade[method] = (...a: string[]) => {
      checker.check(method, a[0], a[1]);
      if (method === m.set) sets.push(a[0]);
      return wrapped(...a);
    };
  }
  return { api: api as any, facade, checker, sets };
}

const decision = (i: number): InteractionRecord => ({
  id: `rp.counter.step_${i}`,
  options: ['listen', 'policy'],
  response: 'listen',
  correct: [],
  result: 'neutral',
  description: `Step ${i}`,
  timestamp: new Date('2026-11-22T10:00:00Z'),
  latencyMs: 3000,
});

/** A module's worth of records: 20 decisions, 3 competencies reported after each of 4 endings. */
function playModule(adapter: Scorm12Adapter | Scorm2004Adapter) {
  for (let i = 0; i < 20; i++) adapter.recordInteraction(decision(i));
  for (let ending = 0; ending < 4; ending++)
    for (const id of ['listening', 'calm', 'empathy'])
      adapter.recordObjective({ id, scaled: 0.25 * (ending + 1), passed: ending > 1 });
}

const make = (edition: Edition, facade: unknown) =>
  edition === 'scorm12'
    ? new Scorm12Adapter(facade as Scorm12Api)
    : new Scorm2004Adapter(facade as Scorm2004Api);
const count = (api: any, what: 'interactions' | 'objectives') => api.cmi[what].childArray.length;

describe.each(['scorm12', 'scorm2004'] as const)('%s under real-LMS quirks', (edition) => {
  it.each(['none', 'numeric-count', 'id-immutable', 'false-zero', 'setter-false'] as const)(
    'keeps every decision and every competency with "%s"',
    (quirk) => {
      const { api, facade, checker, sets } = quirkyLms(edition, quirk);
      const adapter = make(edition, facade);
      expect(adapter.initialize()).not.toBeNull();
      playModule(adapter);
      expect(count(api, 'interactions')).toBe(20);
      expect(count(api, 'objectives')).toBe(3);
      expect(api.cmi.objectives.childArray.map((o: any) => o.id)).toEqual([
        'listening',
        'calm',
        'empathy',
      ]);
      expect(sets).toContain('cmi.interactions.19.id');
      expect(checker.violations).toEqual([]);
    },
  );

  it('finds objectives a past session wrote by id, and appends interactions after its own', () => {
    const prefix = edition === 'scorm12' ? 'cmi.core.' : 'cmi.';
    const held = {
      [`${prefix}${edition === 'scorm12' ? 'student_id' : 'learner_id'}`]: 'learner_1',
      'cmi.objectives.0.id': 'calm',
      'cmi.interactions.0.id': 'check.old_answer',
    };
    const { api, facade, checker } = quirkyLms(edition, 'numeric-count', held);
    const adapter = make(edition, facade);
    adapter.initialize();
    playModule(adapter);
    expect(api.cmi.objectives.childArray.map((o: any) => o.id)).toEqual([
      'calm',
      'listening',
      'empathy',
    ]);
    expect(count(api, 'interactions')).toBe(21);
    expect(checker.violations).toEqual([]);
  });

  it('with throwing getters, writes nothing over the record and ends the session', () => {
    const { facade, sets } = quirkyLms(edition, 'throwing-getters');
    const adapter = make(edition, facade);
    expect(adapter.initialize()).toBeNull();
    expect(sets).toEqual([]);
    expect(
      adapter.write({
        completion: 'incomplete',
        success: 'unknown',
        progress: 0,
        location: '',
        suspendData: 'v2~r0',
      }),
    ).toBe(false);
  });

  it('reads what the LMS held at launch in any case ("Passed"), for never downgrading', () => {
    const held: Record<string, string> =
      edition === 'scorm12'
        ? { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '83' }
        : {
            'cmi.completion_status': 'completed',
            'cmi.success_status': 'passed',
            'cmi.score.raw': '83',
          };
    const { facade, sets } = quirkyLms(edition, 'none', held);
    const adapter = make(edition, facade);
    expect(adapter.initialize()?.prior).toEqual({
      completion: 'completed',
      success: 'passed',
      scoreRaw: 83,
    });
    expect(sets).toEqual([]); // no "incomplete" over a finished module
  });

  it('logs the LMS error code, text and diagnostic after a false', () => {
    $diagnostics.set([]);
    const { facade } = quirkyLms(edition, 'setter-false');
    const adapter = make(edition, facade);
    adapter.initialize();
    adapter.recordInteraction(decision(0));
    expect($diagnostics.get().length).toBeGreaterThan(0);
    expect($diagnostics.get()[0]).toMatchObject({ code: '401', outcome: 'failed' });
    expect($diagnostics.get()[0].element).toMatch(/latency|description/);
  });
});

describe('the strict checker sees what scorm-again hides', () => {
  it('flags an objective id rewrite (351), an interaction overwrite and a downgrade', () => {
    const c = new StrictChecker('scorm2004', { 'cmi.success_status': 'passed' });
    c.check('Initialize');
    c.check('SetValue', 'cmi.objectives.0.id', 'listening');
    c.check('SetValue', 'cmi.objectives.0.id', 'calm');
    c.check('SetValue', 'cmi.interactions.0.id', 'a');
    c.check('SetValue', 'cmi.interactions.0.id', 'b');
    c.check('SetValue', 'cmi.success_status', 'unknown');
    expect(c.violations.map((v) => v.problem)).toEqual([
      'rewrites objective id "listening" (error 351); find objectives by id',
      'overwrites interaction 0; append at _count',
      'downgrades "passed" (held at launch) to "unknown"',
    ]);
  });
});
