/**
 * The display order of options and choices (src/course/display-order.ts): deterministic, a
 * permutation, and on the real course content the right answer is not always in the same place.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { displayOrder, nodeKey, questionKey } from '#src/course/display-order.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `option_${i}` }));
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('displayOrder', () => {
  it('is deterministic and a permutation that leaves its input alone', () => {
    for (let n = 0; n <= 6; n++) {
      const input = items(n);
      const shown = displayOrder('check.q_one', input);
      expect(ids(shown)).toEqual(ids(displayOrder('check.q_one', items(n))));
      expect(ids(shown).sort()).toEqual(ids(input).sort());
      expect(ids(input)).toEqual(ids(items(n)));
    }
  });

  it('differs across keys and keeps the relative order of a subset', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) => ids(displayOrder(`check.q_${i}`, items(4))).join()),
    );
    expect(orders.size).toBeGreaterThan(5);
    const full = ids(displayOrder('scenario.node', items(4)));
    const subset = ids(
      displayOrder(
        'scenario.node',
        items(4).filter((x) => x.id !== 'option_2'),
      ),
    );
    expect(subset).toEqual(full.filter((id) => id !== 'option_2'));
  });
});

/**
 * Positions (1-based) of the right answer per question or node, and whether they are mixed enough.
 */
function spread(positions: number[]) {
  return {
    distinct: new Set(positions).size,
    firstShare: positions.filter((p) => p === 1).length / positions.length,
  };
}
const HINT =
  'the right answer sits in the same place too often; change SALT in src/course/display-order.ts';

describe('the real course content, as displayed', () => {
  const { modules } = checkContent(process.cwd());

  it('has modules to look at', () => expect(modules.length).toBeGreaterThan(0));

  for (const module of modules) {
    it(`${module.id}: the correct option of the knowledge checks moves around`, () => {
      const positions = module.checks.flatMap((c) =>
        c.questions.map(
          (q) => displayOrder(questionKey(c.id, q.id), q.options).findIndex((o) => o.correct) + 1,
        ),
      );
      const { distinct, firstShare } = spread(positions);
      expect(positions.length).toBeGreaterThan(0);
      expect({ distinct: distinct >= 2, firstShare: firstShare <= 0.6 }, HINT).toEqual({
        distinct: true,
        firstShare: true,
      });
    });

    it(`${module.id}: the strong choice of the role-plays moves around`, () => {
      const positions = module.scenarios.flatMap((s) =>
        s.nodes
          .filter(
            (n) => (n.choices?.length ?? 0) >= 2 && n.choices!.some((c) => c.rating === 'strong'),
          )
          .map(
            (n) =>
              displayOrder(nodeKey(s.id, n.id), n.choices!).findIndex(
                (c) => c.rating === 'strong',
              ) + 1,
          ),
      );
      const { distinct, firstShare } = spread(positions);
      expect(positions.length).toBeGreaterThan(0);
      expect({ distinct: distinct >= 2, firstShare: firstShare <= 0.6 }, HINT).toEqual({
        distinct: true,
        firstShare: true,
      });
    });
  }
});
