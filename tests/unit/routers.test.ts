import { describe, expect, it } from 'vitest';
import { replay } from '#src/roleplay/engine.ts';
import { walkPaths } from '#src/roleplay/paths.ts';
import { validateScenario } from '#src/roleplay/validate.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const base = loadScenario(SAMPLE_SCENARIO);
const competencies = ['listening', 'calm'];

/** The sample, with its strong last choice sent through a router that asks the meter. */
function withRouter(routes: unknown[]) {
  const raw = structuredClone(base) as any;
  raw.nodes.find((n: any) => n.id === 'second').choices[0].next = 'outcome';
  raw.routers = [{ id: 'outcome', routes }];
  return scenarioSchema.parse(raw);
}

describe('routers: meters decide where a choice leads', () => {
  const scenario = withRouter([{ when: 'tension >= 40', next: 'end_mid' }, { next: 'end_good' }]);

  it('takes the first route whose condition holds, else the fallback', () => {
    // listen: tension 30 → offer: 10 → good; policy: 60 → offer: 40 → only partly resolved.
    expect(replay(scenario, ['listen', '_', 'offer']).ending).toBe('end_good');
    expect(replay(scenario, ['policy', '_', 'offer']).ending).toBe('end_mid');
  });

  it('is silent: the router is never a stop and adds no step', () => {
    const state = replay(scenario, ['policy', '_', 'offer']);
    expect(state.at).toBe('end_mid');
    expect(state.steps).toEqual(['policy', '_', 'offer']);
  });

  it('is part of the graph the validator and the walk see', () => {
    expect(validateScenario(scenario, competencies)).toEqual([]);
    const endings = new Set(walkPaths(scenario).complete.map((s) => s.ending));
    expect(endings).toEqual(new Set(['end_good', 'end_mid', 'end_bad']));
  });

  it('refuses a route to nowhere, an unknown meter, and a fallback that is not last', () => {
    const bad = withRouter([{ when: 'mood > 3', next: 'end_nowhere' }, { next: 'end_good' }]);
    expect(
      validateScenario(bad, competencies)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/"mood", which is not a meter[\s\S]*"end_nowhere" leads nowhere/);
    const raw = structuredClone(base) as any;
    raw.routers = [
      { id: 'r', routes: [{ next: 'end_good' }, { when: 'tension > 1', next: 'end_mid' }] },
    ];
    expect(scenarioSchema.safeParse(raw).success).toBe(false);
  });
});
