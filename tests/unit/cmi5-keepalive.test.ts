/**
 * The last requests of a cmi5 session leave with keepalive, and browsers refuse keepalive bodies
 * past 64 KiB in flight: after a slow LRS let the answers pile up, "terminated" must still arrive.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmi5Violations } from '#src/harness/cmi5-rules.ts';
import { fitKeepalive } from '#src/tracking/adapters/cmi5/keepalive-budget.ts';
import type { Statement } from '#src/tracking/adapters/cmi5/saved.ts';
import { answer, sleep, snapshot, withLrs } from './cmi5-network.ts';

afterEach(() => vi.unstubAllGlobals());

/** An answer of about 1 KB, as a role-play decision with its choices' words is. */
const longAnswer = (i: number) => ({
  ...answer,
  id: `check.q_${i}`,
  description: `A customer shouts about the ${i}th late parcel. `.repeat(12),
});

describe('cmi5: the page closes while a slow LRS holds many answers', () => {
  it(
    'the last state and statements fit the keepalive budget: all 30 answers and "terminated" ' +
      'arrive',
    async () => {
      const { lrs, net, adapterFor, verbs, closePage } = withLrs();
      const { launched, adapter } = adapterFor();
      await adapter.initialize();
      net.latencyMs = 400;
      adapter.write(snapshot({ suspendData: 'v1~r30~thirty-answers' }));
      for (let i = 0; i < 30; i++) adapter.recordInteraction(longAnswer(i));
      void adapter.commit();
      await sleep(100); // the commit is on its way when the page closes, and is lost with it
      closePage();
      adapter.terminate();
      await sleep(450);
      const all = verbs(launched.registration);
      expect(all.filter((v) => v === 'answered')).toHaveLength(30);
      expect(all.at(-1)).toBe('terminated');
      expect(cmi5Violations(lrs.statements, [launched])).toEqual([]);
    },
  );
});

describe('fitKeepalive', () => {
  const statement = (verb: string, i: number, pad = 0): Statement =>
    ({
      id: `${verb}-${i}`,
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
      pad: 'x'.repeat(pad),
    }) as Statement;
  const answers = Array.from({ length: 10 }, (_, i) => statement('answered', i, 1000));
  const batch = [
    ...answers.slice(0, 5),
    statement('passed', 0),
    ...answers.slice(5),
    statement('terminated', 0),
  ];
  const document = { suspendData: 'v1~r9', location: 'end', sent: [], pending: batch };
  const size = (value: unknown) => JSON.stringify(value).length;

  it('sends everything, the document holding the batch again, when both fit', () => {
    expect(fitKeepalive(document, batch, 64_000)).toEqual({ document, statements: batch });
  });

  it('keeps the answers out of the document before it drops any', () => {
    const fitted = fitKeepalive(document, batch, size(batch) + 500);
    expect(fitted.statements).toEqual(batch);
    expect(fitted.document.pending!.map((s) => s.id)).toEqual(['passed-0', 'terminated-0']);
  });

  it('at worst leaves out the oldest answers, never the verdict, "terminated" or the place', () => {
    const fitted = fitKeepalive(document, batch, 5_000);
    const ids = fitted.statements.map((s) => s.id);
    expect(ids).toContain('passed-0');
    expect(ids.at(-1)).toBe('terminated-0');
    const kept = ids.filter((id) => id.startsWith('answered'));
    expect(kept.length).toBeGreaterThan(0);
    // the newest
    expect(kept).toEqual(answers.slice(answers.length - kept.length).map((s) => s.id));
    expect(fitted.document).toMatchObject({ suspendData: 'v1~r9', location: 'end' });
    expect(size(fitted.document) + size(fitted.statements)).toBeLessThanOrEqual(5_000);
  });
});
