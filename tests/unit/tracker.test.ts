import { beforeEach, describe, expect, it } from 'vitest';
import type { ModuleConfig } from '#src/course/module-config.ts';
import { readNotes, setNotesOwner, writeNote } from '#src/elements/private-notes.ts';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { StandaloneAdapter } from '#src/tracking/adapters/standalone.ts';
import { localKey, rememberLearner, writeLocal } from '#src/tracking/local-copy.ts';
import { guardOneWindow } from '#src/tracking/one-window.ts';
import { $priorResult } from '#src/tracking/prior-result.ts';
import { encodeProgress, type Graphs } from '#src/tracking/state-codec.ts';
import {
  $notice,
  $progress,
  answerQuestion,
  reportObjectives,
  revealSection,
  rolePlayProgress,
} from '#src/tracking/stores.ts';
import { LOCAL_WRITE_DELAY_MS, startTracking } from '#src/tracking/tracker.ts';
import type { InteractionRecord } from '#src/tracking/types.ts';
import { fakeAdapter, fakeBrowser, tick } from './fake-browser.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const counter = loadScenario(SAMPLE_SCENARIO);
const graphs: Graphs = { counter };
const config: ModuleConfig = {
  courseId: 'course',
  moduleId: 'mod',
  lang: 'en',
  title: 'Module',
  masteryScore: 80,
  completion: 'all_sections_and_activities',
  sendReflectionsToLms: false,
  sections: ['intro', 'practice', 'end'],
  questions: [{ id: 'q1', check: 'c', options: ['a', 'b'], correct: 'a' }],
  scenarios: ['counter'],
  competencies: [],
  codec: {
    sections: ['intro', 'practice', 'end'],
    questions: { q1: ['a', 'b'] },
    scenarios: { counter: ['listen', 'policy', 'snap', 'offer', 'shrug'] },
  },
};
const decision = () =>
  ({ id: 'x', options: [], correct: [], result: 'neutral' }) as unknown as InteractionRecord;
const key = localKey('course', 'mod', 'learner_1');

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  $notice.set(null);
});

describe('tracker: commits at meaningful moments', () => {
  it(
    'commits once per section end and never on choosing or answering (a slow LMS waits ' + 'once)',
    async () => {
      const { adapter, log } = fakeAdapter({});
      const session = await startTracking(config, adapter, graphs);
      revealSection('intro');
      await tick();
      const afterSection = log.commits;
      rolePlayProgress('counter', ['listen'], false, decision());
      rolePlayProgress('counter', ['listen', CONTINUE], false);
      // The ending: progress, the decision and the objectives in one click.
      rolePlayProgress('counter', ['listen', CONTINUE, 'offer'], true, decision());
      reportObjectives([{ id: 'listening', scaled: 1, passed: true }]);
      answerQuestion('q1', 'a', decision());
      await tick();
      expect(log.commits).toBe(afterSection); // reading, choosing, answering: no wait
      expect(log.interactions).toBe(3); // but every decision and answer is recorded
      revealSection('practice'); // the section end carries them all: one commit
      await tick();
      expect(log.commits).toBe(afterSection + 1);
      expect(log.writes.at(-1)!.suspendData).toBe(encodeProgress($progress.get(), graphs));
      session.finish();
    },
  );

  it('writes the latest state before terminate when the page closes', async () => {
    const { adapter, log } = fakeAdapter({});
    await startTracking(config, adapter, graphs);
    rolePlayProgress('counter', ['policy'], false, decision());
    browser.fire('pagehide');
    expect(log.calls.slice(-2)).toEqual(['write', 'terminate:suspend']);
    expect(log.writes.at(-1)!.suspendData).toBe(encodeProgress($progress.get(), graphs));
  });
});

describe('tracker: the device copy of role-play steps', () => {
  const saved = () => {
    const copy = [...browser.store].find(([k]) => k.startsWith('course:mod:'))?.[1];
    return JSON.parse(copy ?? '{}').suspendData as string | undefined;
  };

  it('is written once for a burst of steps, off the click, then holds the last step', async () => {
    const session = await startTracking(config, new StandaloneAdapter(), graphs);
    const before = saved();
    rolePlayProgress('counter', ['policy'], false, decision());
    rolePlayProgress('counter', ['policy', CONTINUE], false, decision());
    expect(saved()).toBe(before);
    await new Promise((r) => setTimeout(r, LOCAL_WRITE_DELAY_MS + 20));
    expect(saved()).toBe(encodeProgress($progress.get(), graphs));
    session.finish();
  });

  it('is written at once when the page hides or closes, whatever the delay', async () => {
    const session = await startTracking(config, new StandaloneAdapter(), graphs);
    rolePlayProgress('counter', ['policy'], false, decision());
    (globalThis as any).document.visibilityState = 'hidden';
    browser.fire('visibilitychange');
    expect(saved()).toBe(encodeProgress($progress.get(), graphs));
    (globalThis as any).document.visibilityState = 'visible';
    rolePlayProgress('counter', ['policy', CONTINUE], false, decision());
    browser.fire('pagehide');
    expect(saved()).toBe(encodeProgress($progress.get(), graphs));
    session.finish();
  });
});

describe('tracker: never downgrade', () => {
  it('keeps "passed" and the score the LMS held when a relaunch starts over', async () => {
    const { adapter, log } = fakeAdapter({
      prior: { completion: 'completed', success: 'passed', scoreRaw: 83 },
    });
    const session = await startTracking(config, adapter, graphs);
    expect($priorResult.get()).toEqual({
      completion: 'completed',
      success: 'passed',
      scoreRaw: 83,
    });
    revealSection('intro');
    answerQuestion('q1', 'b', decision()); // wrong this time: 0%
    await tick();
    expect(log.writes.at(-1)).toMatchObject({
      completion: 'completed',
      success: 'passed',
      scoreRaw: 83,
    });
    session.finish();
    expect(log.calls.at(-1)).toBe('terminate:normal');
  });
});

describe('tracker: unreadable saved state', () => {
  it('keeps an unreadable LMS copy, continues from the device copy and says which', async () => {
    const device = { revision: 5, section: 'practice', answers: {}, roleplays: {} };
    writeLocal(key, {
      suspendData: encodeProgress(device, graphs),
      revision: 5,
      synced: true,
      savedAt: 1,
    });
    const { adapter } = fakeAdapter({ suspendData: 'v9~xyz' });
    const session = await startTracking(config, adapter, graphs);
    expect($progress.get().section).toBe('practice');
    expect($notice.get()?.text).toContain('unreadableFromDevice');
    expect(JSON.parse(browser.store.get(`${key}:unreadable`)!)).toMatchObject({
      from: 'lms',
      text: 'v9~xyz',
    });
    session.finish();
  });

  it('with no readable copy, starts over but says so and keeps the text', async () => {
    const cut = 'v1~r5~sabcd~q12';
    const { adapter } = fakeAdapter({ suspendData: cut });
    const session = await startTracking(config, adapter, graphs);
    expect($notice.get()?.text).toContain('unreadableNone');
    expect(browser.store.get(`${key}:unreadable`)).toContain(cut);
    session.finish();
  });
});

describe('tracker: launches without credit', () => {
  it(
    'a Browse session whose last save never reached the LMS is not resumed, as credit, by a ' +
      'Normal launch',
    async () => {
      const browse = await startTracking(config, fakeAdapter({ credit: false }).adapter, graphs);
      revealSection('practice');
      rolePlayProgress('counter', ['listen'], false, decision());
      browser.fire('pagehide'); // closed before any commit answered: the device copy is unconfirmed
      expect(browse.resumed).toBe(false);
      const { adapter, log } = fakeAdapter({});
      const normal = await startTracking(config, adapter, graphs);
      expect(normal.resumed).toBe(false);
      expect($progress.get().roleplays).toEqual({});
      await tick();
      expect(log.writes).toEqual([]); // nothing of the Browse work handed to the LMS
      normal.finish();
    },
  );
});

describe('tracker: identity and storage', () => {
  it(
    'when the LMS cannot be read, keeps work under the last real learner, not ' + '"anonymous"',
    async () => {
      rememberLearner('course', 'learner_7');
      const { adapter, log } = fakeAdapter(null);
      const session = await startTracking(config, adapter, graphs);
      revealSection('intro');
      await tick();
      expect(log.writes).toEqual([]);
      expect(browser.store.has(localKey('course', 'mod', 'learner_7'))).toBe(true);
      expect([...browser.store.keys()].some((k) => k.includes('anonymous'))).toBe(false);
      session.finish();
    },
  );

  it(
    'with storage full and no LMS, says plainly that nothing is kept and offers a ' + 'download',
    async () => {
      browser.state.failing = 'QuotaExceededError';
      const session = await startTracking(config, new StandaloneAdapter(), graphs);
      expect($notice.get()).toMatchObject({ kind: 'warning', download: true });
      expect($notice.get()?.text).toContain('storageBlockedAlone');
      expect($notice.get()?.text).not.toContain('standalone');
      session.finish();
    },
  );

  it('says so when storage fails later, on a write', async () => {
    const session = await startTracking(config, new StandaloneAdapter(), graphs);
    browser.state.failing = 'SecurityError';
    revealSection('intro');
    expect($notice.get()?.text).toContain('storageBlockedAlone');
    session.finish();
  });

  it('keeps each learner’s notes apart in one browser', () => {
    setNotesOwner('course', 'ann');
    writeNote('mod', 'r1', 'my private thought');
    setNotesOwner('course', 'bob');
    expect(readNotes('mod')).toEqual({});
    setNotesOwner('other_course', 'ann');
    expect(readNotes('mod')).toEqual({});
    setNotesOwner('course', 'ann');
    expect(readNotes('mod')).toEqual({ r1: 'my private thought' });
  });
});

describe('two windows of one module', () => {
  it('the later window is told it is second; the first keeps working', async () => {
    const said: string[] = [];
    const stopFirst = guardOneWindow('k', () => said.push('first'));
    await new Promise((r) => setTimeout(r, 5));
    const stopSecond = guardOneWindow('k', () => said.push('second'));
    await new Promise((r) => setTimeout(r, 50));
    expect(said).toEqual(['second']);
    stopFirst();
    stopSecond();
  });
});
