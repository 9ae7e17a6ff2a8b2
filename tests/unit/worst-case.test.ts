import { describe, expect, it } from 'vitest';
import { walkPaths } from '#src/roleplay/paths.ts';
import { type Scenario, scenarioSchema } from '#src/schemas/scenario.ts';
import { encodeProgress } from '#src/tracking/state-codec.ts';
import { longestSteps } from '#src/tracking/worst-case.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const sample = loadScenario(SAMPLE_SCENARIO);

/** A chain of `n` nodes, each offering a short cut to the end and a step forward. */
function chain(n: number): Scenario {
  const raw = structuredClone(sample) as any;
  raw.nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    speaker: 'cust',
    text: 'Go on.',
    choices: [
      { ...raw.nodes[0].choices[0], id: `stay_${i}`, next: i + 1 < n ? `n${i + 1}` : 'end_good' },
      { ...raw.nodes[0].choices[1], id: `leave_${i}`, next: 'end_mid' },
    ],
  }));
  raw.start = 'n0';
  raw.meters[0].thresholds = [];
  return scenarioSchema.parse(raw);
}

describe('worst-case saved state: a linear longest-path bound', () => {
  it('equals the longest path found by walking every path (the oracle) on small scenarios', () => {
    for (const scenario of [sample, chain(12)]) {
      const longest = Math.max(...walkPaths(scenario).complete.map((s) => s.steps.length));
      expect(longestSteps(scenario)).toBe(longest);
    }
  });

  it('bounds what the codec writes: one character per step', () => {
    const scenario = chain(30);
    // choice ids are unique in a scenario
    const steps = Array.from({ length: 30 }, (_, i) => `stay_${i}`);
    const at = (s: string[]) =>
      encodeProgress(
        {
          revision: 0,
          section: null,
          answers: {},
          roleplays: { [scenario.id]: { steps: s, finished: true } },
        },
        { [scenario.id]: scenario },
      ).length;
    expect(at(steps) - at([])).toBe(longestSteps(scenario));
  });

  it('counts router routes and threshold jumps as edges (routers cost no step)', () => {
    const raw = structuredClone(sample) as any;
    raw.nodes[0].choices[2].next = 'fork';
    raw.routers = [
      { id: 'fork', routes: [{ when: 'tension >= 90', next: 'end_bad' }, { next: 'inner' }] },
    ];
    expect(longestSteps(scenarioSchema.parse(raw))).toBe(3);
  });

  it('takes linear time on a 5,000-node role-play (2^5,000 paths)', () => {
    const big = chain(5000);
    expect(longestSteps(big)).toBe(5000); // walking the paths would never end
  });
});
