/**
 * The learner's cmi5 record under the conditions real launchers and networks create: slow requests,
 * a page closed mid-request, a retake after failing, the LMS's own pass mark, Browse then Normal,
 * an LRS the browser refuses, preferences, readable choices (issue 10, defects 11–19).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModuleConfig } from '#src/course/module-config.ts';
import { cmi5Violations } from '#src/harness/cmi5-rules.ts';
import { EXT_SESSION } from '#src/tracking/adapters/cmi5/statements.ts';
import { $launchMastery, passMark } from '#src/tracking/mastery.ts';
import { moduleStatus } from '#src/tracking/module-status.ts';
import { $learnerPreferences } from '#src/tracking/preferences.ts';
import { $notice } from '#src/tracking/stores.ts';
import { answer, settle, sleep, snapshot, withLrs } from './cmi5-network.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  $launchMastery.set(undefined);
  $notice.set(null);
  $learnerPreferences.set({ languages: [] });
});

const passed = snapshot({ completion: 'completed', success: 'passed', scoreRaw: 100, progress: 1 });
const count = (list: Array<string | undefined>, verb: string) =>
  list.filter((v) => v === verb).length;

describe('cmi5: a page closed during a slow statements request (400 ms per request)', () => {
  const cases = [
    [200, 'lost'],
    [200, 'arrived'],
    [600, 'lost'],
    [600, 'arrived'],
  ] as const;
  for (const [closeAt, inTransit] of cases) {
    it(
      `closed at ${closeAt} ms, ` +
        `request ${inTransit}: the relaunch sends no second passed, nothing is missing`,
      async () => {
        const { lrs, net, adapterFor, verbs, closePage, reopen } = withLrs();
        const first = adapterFor({ masteryScore: 0.8 });
        await first.adapter.initialize();
        net.latencyMs = 400;
        first.adapter.write(passed);
        void first.adapter.commit();
        await sleep(closeAt); // the first or the second request of the commit is on its way
        closePage(inTransit);
        first.adapter.terminate();
        await sleep(450); // the keepalive requests land
        reopen();
        const second = adapterFor({ masteryScore: 0.8, registration: first.launched.registration });
        await second.adapter.initialize();
        second.adapter.write(passed); // the restored progress is written back, as the tracker does
        await second.adapter.commit();
        second.adapter.terminate();
        await settle();
        const all = verbs();
        expect(count(all, 'passed')).toBe(1);
        expect(count(all, 'completed')).toBe(1);
        expect(count(all, 'terminated')).toBe(2);
        expect(cmi5Violations(lrs.statements, [first.launched, second.launched])).toEqual([]);
      },
    );
  }

  it('the last answers reach another device: the final state leaves with keepalive', async () => {
    const { net, adapterFor, closePage, reopen } = withLrs();
    const first = adapterFor();
    await first.adapter.initialize();
    first.adapter.write(snapshot({ suspendData: 'v1~r5~five-answers' }));
    await first.adapter.commit();
    net.latencyMs = 400;
    first.adapter.write(snapshot({ suspendData: 'v1~r6~six-answers' }));
    first.adapter.recordInteraction(answer);
    void first.adapter.commit();
    await sleep(100); // the page closes while the commit is on its way
    closePage();
    first.adapter.terminate();
    await sleep(450);
    reopen();
    const elsewhere = adapterFor({ registration: first.launched.registration });
    expect(await elsewhere.adapter.initialize()).toMatchObject({
      suspendData: 'v1~r6~six-answers',
    });
  });
});

describe('cmi5: a retake after failing', () => {
  it('never sends failed and passed in one session; the pass goes at the next launch', async () => {
    const { lrs, adapterFor, verbs } = withLrs();
    const first = adapterFor({ masteryScore: 0.8 });
    await first.adapter.initialize();
    first.adapter.write(snapshot({ success: 'failed', scoreRaw: 33 }));
    await first.adapter.commit();
    // "Try the questions again"
    first.adapter.write(snapshot({ success: 'passed', scoreRaw: 100 }));
    await first.adapter.commit();
    expect($notice.get()?.text).toBe('passNextLaunch'); // the learner is told where the pass is
    first.adapter.terminate();
    await settle();
    expect(verbs()).toEqual(['initialized', 'failed', 'terminated']);
    const second = adapterFor({ masteryScore: 0.8, registration: first.launched.registration });
    await second.adapter.initialize();
    second.adapter.terminate();
    await settle();
    expect(verbs().slice(3)).toEqual(['initialized', 'passed', 'terminated']);
    expect(lrs.statements.find((s) => s.verb.id.endsWith('passed'))!.result.score.scaled).toBe(1);
    expect(cmi5Violations(lrs.statements, [first.launched, second.launched])).toEqual([]);
  });

  it('the rules checker flags failed and passed in one session', () => {
    const { lrs, adapterFor } = withLrs();
    const { launched } = adapterFor();
    const s = (verb: string) => ({
      id: crypto.randomUUID(),
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
      context: {
        registration: launched.registration,
        extensions: { [EXT_SESSION]: launched.sessionId },
      },
    });
    lrs.statements.push(s('failed'), s('passed'));
    expect(cmi5Violations(lrs.statements, [launched])).toContain(
      'passed and failed both sent in one session (§9.3)',
    );
  });
});

const config: ModuleConfig = {
  courseId: 'burnout',
  moduleId: 'foundations',
  lang: 'en',
  title: 'Foundations',
  masteryScore: 80,
  completion: 'all_sections',
  sendReflectionsToLms: false,
  sections: ['why'],
  questions: ['q1', 'q2', 'q3'].map((id) => ({
    id,
    check: 'c',
    options: ['a', 'b'],
    correct: 'a',
  })),
  scenarios: [],
  competencies: [],
  codec: { sections: ['why'], questions: {}, scenarios: {} },
};
const twoOfThree = {
  revision: 3,
  section: 'why',
  answers: { q1: 'a', q2: 'a', q3: 'b' },
  roleplays: {},
};

describe("cmi5: the page judges by the launch's masteryScore, as the LRS does", () => {
  for (const [masteryScore, verdict, mark] of [
    [0.5, 'passed', 50],
    [0.95, 'failed', 95],
  ] as const) {
    it(
      `masteryScore ${masteryScore} against the course's 80%: 67% ` +
        `is ${verdict} on the page and in the LRS`,
      async () => {
        const { adapterFor, verbs } = withLrs();
        const { adapter } = adapterFor({ masteryScore });
        expect(moduleStatus(config, twoOfThree).success).toBe('failed'); // by the course's own 80%
        await adapter.initialize();
        expect(passMark(config)).toBe(mark); // the pass mark the knowledge check shows
        const status = moduleStatus(config, twoOfThree);
        expect(status.success).toBe(verdict);
        adapter.write({ ...status, location: 'why', suspendData: 'v1~r3' });
        await adapter.commit();
        expect(verbs()).toContain(verdict);
      },
    );
  }
});

describe('cmi5: Browse, then Normal', () => {
  it(
    'work done in Browse is never credit in a later Normal launch, and Normal work is ' + 'kept',
    async () => {
      const { lrs, adapterFor, verbs } = withLrs();
      const normal = adapterFor();
      await normal.adapter.initialize();
      normal.adapter.write(snapshot({ suspendData: 'v1~r2~normal', location: 'why' }));
      await normal.adapter.commit();
      normal.adapter.terminate();
      await settle();
      const registration = normal.launched.registration;
      const browse = adapterFor({ registration, launchMode: 'Browse' });
      expect(await browse.adapter.initialize()).toMatchObject({ suspendData: 'v1~r2~normal' });
      browse.adapter.write({ ...passed, suspendData: 'v1~r9~browsed-all' });
      await browse.adapter.commit();
      browse.adapter.terminate();
      await settle();
      const again = adapterFor({ registration });
      expect(await again.adapter.initialize()).toMatchObject({ suspendData: 'v1~r2~normal' });
      again.adapter.terminate();
      await settle();
      expect(count(verbs(), 'completed') + count(verbs(), 'passed')).toBe(0);
      const launches = [normal.launched, browse.launched, again.launched];
      expect(cmi5Violations(lrs.statements, launches)).toEqual([]);
    },
  );
});

describe('cmi5: an LRS the browser refuses', () => {
  it('an https page and an http endpoint on another origin: the learner is told why', async () => {
    const { adapterFor } = withLrs();
    const { adapter } = adapterFor(
      { lrsBase: 'http://lrs.example.org/lrs/' },
      'https://lms.example.org/pkg/foundations.html',
    );
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await adapter.initialize()).toBeNull();
    expect(adapter.failure).toBe('lrsInsecure');
  });

  it('an http page and an http endpoint on another origin is no reason to refuse', async () => {
    const { adapterFor, verbs } = withLrs();
    const { adapter } = adapterFor(
      { lrsBase: 'http://lrs.example.org/lrs/' },
      'http://lms.example.org/pkg/foundations.html',
    );
    expect(await adapter.initialize()).not.toBeNull();
    expect(adapter.failure).toBeUndefined();
    expect(verbs()).toEqual(['initialized']);
  });
});

describe('cmi5: learner preferences and readable records', () => {
  it(
    'reads cmi5LearnerPreferences at start (§11): audio applies, a missing language is ' + 'said',
    async () => {
      const { net, adapterFor } = withLrs();
      const { adapter } = adapterFor({
        preferences: { languagePreference: 'fr-FR,de-DE', audioPreference: 'off' },
      });
      await adapter.initialize();
      expect(net.requests).toContain('GET profile');
      expect($learnerPreferences.get()).toEqual({ languages: ['fr-FR', 'de-DE'], audio: 'off' });
      expect($notice.get()?.text).toBe('languageNotOffered');
    },
  );

  it('says nothing when the module is in a language the learner asked for', async () => {
    const { adapterFor } = withLrs();
    const { adapter } = adapterFor({ preferences: { languagePreference: 'en-GB,fr-FR' } });
    await adapter.initialize();
    expect($notice.get()).toBeNull();
  });

  it('answered statements describe each choice by its text in the launch language', async () => {
    const { lrs, adapterFor } = withLrs();
    const { adapter } = adapterFor();
    await adapter.initialize();
    adapter.recordInteraction(answer);
    await adapter.commit();
    const answered = lrs.statements.find((s) => s.verb.id.endsWith('answered'))!;
    expect(answered.object.definition.choices).toEqual([
      { id: 'listen', description: { en: 'Listen to the end first' } },
      { id: 'argue', description: { en: 'Explain the rule at once' } },
    ]);
  });
});

describe('cmi5: the way back to the LMS (§10.2.6)', () => {
  it('offers the returnURL the launch names, only once the session is open', async () => {
    const { adapterFor } = withLrs();
    const { adapter } = adapterFor({ returnURL: 'https://lms.example.org/course/7' });
    expect(adapter.returnUrl).toBeUndefined();
    await adapter.initialize();
    expect(adapter.returnUrl).toBe('https://lms.example.org/course/7');
  });
});
