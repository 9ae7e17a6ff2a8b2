import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmi5Violations } from '#src/harness/cmi5-rules.ts';
import { Cmi5Adapter } from '#src/tracking/adapters/cmi5/cmi5-adapter.ts';
import { readCmi5Launch } from '#src/tracking/adapters/cmi5/launch.ts';
import { AU, answer, BASE, settle, snapshot, withLrs } from './cmi5-network.ts';

afterEach(() => vi.unstubAllGlobals());

describe('cmi5 adapter against the in-memory LRS', () => {
  it('reads its launch from the URL, and refuses a launch with a parameter missing', () => {
    const { adapterFor } = withLrs();
    const { launched } = adapterFor();
    const launch = readCmi5Launch(new URL(launched.url).search)!;
    expect(launch).toMatchObject({
      registration: launched.registration,
      activityId: AU,
      endpoint: `${BASE}xapi/`,
    });
    const noActor = new URL(launched.url);
    noActor.searchParams.delete('actor');
    expect(readCmi5Launch(noActor.search)).toBeNull();
  });

  it(
    'runs a session by the rules: initialized first, answers, completed and passed once, ' +
      'terminated last',
    async () => {
      const { lrs, adapterFor, verbs } = withLrs();
      const { launched, adapter } = adapterFor({ masteryScore: 0.8 });
      expect(await adapter.initialize()).toMatchObject({
        entry: 'ab-initio',
        suspendData: '',
        learnerId: 'learner-42',
        learnerName: 'Sam Learner',
        credit: true,
      });
      expect(adapter.write(snapshot())).toBe(true);
      expect(adapter.recordInteraction(answer)).toBe(true);
      expect(await adapter.commit()).toBe(true);
      adapter.write(
        snapshot({ completion: 'completed', success: 'passed', scoreRaw: 86, progress: 1 }),
      );
      adapter.write(
        snapshot({ completion: 'completed', success: 'passed', scoreRaw: 86, progress: 1 }),
      ); // a second save says nothing new
      expect(await adapter.commit()).toBe(true);
      expect(adapter.terminate()).toBe(true);
      await settle();
      expect(verbs()).toEqual(['initialized', 'answered', 'completed', 'passed', 'terminated']);
      const passed = lrs.statements.find((s) => s.verb.id.endsWith('passed'))!;
      expect(passed.result.score).toEqual({ scaled: 0.86, raw: 86, min: 0, max: 100 });
      expect(lrs.statements.find((s) => s.verb.id.endsWith('answered'))!.result).toMatchObject({
        response: 'argue',
        success: false,
      });
      expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
      expect(adapter.write(snapshot())).toBe(false); // nothing after terminate
    },
  );

  it(
    'resumes a relaunched registration from its state document and never repeats ' + 'completed',
    async () => {
      const { lrs, adapterFor, verbs } = withLrs();
      const first = adapterFor();
      await first.adapter.initialize();
      first.adapter.write(
        snapshot({ completion: 'completed', location: 'signs', suspendData: 'v1~r9~ssigns' }),
      );
      await first.adapter.commit();
      first.adapter.terminate();
      await settle();
      const second = adapterFor({ registration: first.launched.registration });
      expect(await second.adapter.initialize()).toMatchObject({
        entry: 'resume',
        location: 'signs',
        suspendData: 'v1~r9~ssigns',
      });
      second.adapter.write(
        snapshot({ completion: 'completed', location: 'signs', suspendData: 'v1~r10~ssigns' }),
      );
      await second.adapter.commit();
      second.adapter.terminate();
      await settle();
      expect(verbs()).toEqual([
        'initialized',
        'completed',
        'terminated',
        'initialized',
        'terminated',
      ]);
      expect(cmi5Violations(lrs.statements, [first.launched, second.launched])).toEqual([]);
    },
  );

  it(
    'a reload of the same launch is refused (the fetch URL works once), so the course falls ' +
      'back',
    async () => {
      const { adapterFor, lrs } = withLrs();
      const { launched, adapter } = adapterFor();
      await adapter.initialize();
      const again = new Cmi5Adapter(readCmi5Launch(new URL(launched.url).search)!);
      expect(await again.initialize()).toBeNull();
      expect(lrs.statements).toHaveLength(1);
    },
  );

  it("uses the LMS's mastery score over the module's, and fails once per session", async () => {
    const { lrs, adapterFor, verbs } = withLrs();
    const { launched, adapter } = adapterFor({ masteryScore: 0.9 });
    await adapter.initialize();
    // passed by our 80%, not by the LMS's 90%
    adapter.write(snapshot({ success: 'passed', scoreRaw: 86 }));
    adapter.write(snapshot({ success: 'passed', scoreRaw: 86 }));
    await adapter.commit();
    adapter.write(snapshot({ success: 'failed', scoreRaw: 70 }));
    await adapter.commit();
    expect(verbs()).toEqual(['initialized', 'failed']);
    expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
  });

  it('judges nothing in Browse mode', async () => {
    const { lrs, adapterFor, verbs } = withLrs();
    const { launched, adapter } = adapterFor({ launchMode: 'Browse' });
    // its device copy kept apart
    expect(await adapter.initialize()).toMatchObject({ credit: false });
    adapter.write(snapshot({ completion: 'completed', success: 'passed', scoreRaw: 100 }));
    await adapter.commit();
    adapter.terminate();
    await settle();
    expect(verbs()).toEqual(['initialized', 'terminated']);
    expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
  });

  it('when the LRS fails, commit says so and the statements go with the next commit', async () => {
    const { lrs, adapterFor, verbs } = withLrs();
    const { launched, adapter } = adapterFor();
    await adapter.initialize();
    lrs.faults.set(launched.registration, 'statements-fail');
    adapter.write(snapshot({ completion: 'completed' }));
    expect(await adapter.commit()).toBe(false);
    lrs.faults.set(launched.registration, 'none');
    expect(await adapter.commit()).toBe(true);
    expect(verbs()).toEqual(['initialized', 'completed']);
    expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
  });
});

describe('cmi5 adapter when the page closes during a commit', () => {
  it(
    'still lands "terminated" last: the statements on their way are sent again before ' + 'it',
    async () => {
      const { lrs, adapterFor, verbs } = withLrs();
      const { launched, adapter } = adapterFor();
      await adapter.initialize();
      const realFetch = globalThis.fetch;
      let release = () => {};
      // The next statements request is held, like a slow network, while the page goes away.
      vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) => {
        if (!String(input).endsWith('/statements') || init.keepalive) return realFetch(input, init);
        vi.stubGlobal('fetch', realFetch);
        return new Promise<Response>(
          (resolve) => (release = () => resolve(realFetch(input, init))),
        );
      });
      adapter.write(snapshot({ completion: 'completed' }));
      const committing = adapter.commit();
      await settle(); // the commit's request has left and is held
      adapter.terminate();
      await settle();
      release();
      await committing;
      expect(verbs()).toEqual(['initialized', 'completed', 'terminated']);
      expect(lrs.statements.filter((s) => s.verb.id.endsWith('completed'))).toHaveLength(1);
      expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
    },
  );
});

describe('cmi5 rules checker', () => {
  it('catches what a cmi5 LMS rejects though the LRS stores it', async () => {
    const { lrs, adapterFor } = withLrs();
    const { launched, adapter } = adapterFor({ masteryScore: 0.8 });
    await adapter.initialize();
    adapter.write(snapshot({ completion: 'completed', success: 'passed', scoreRaw: 90 }));
    await adapter.commit();
    const [initialized, completed, passed] = lrs.statements;
    const broken = [
      { ...completed, id: 'c1' },
      {
        ...passed,
        result: { ...passed.result, score: { scaled: 0.5 } },
        context: { ...passed.context, contextActivities: {} },
      },
      { ...initialized },
    ];
    expect(cmi5Violations(broken, [launched])).toEqual([
      'completed #1: id must be a UUID',
      'passed #2: a cmi5 defined statement needs the cmi5 category (§9.6.2.1)',
      'passed #2: completed/passed/failed need the moveon category (§9.6.2.2)',
      'passed #2: passed with score 0.5 below the mastery score 0.8 (§9.3.6)',
      'the first statement of a session must be initialized (§9.3.2)',
    ]);
  });
});
