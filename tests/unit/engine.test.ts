import { describe, expect, it } from 'vitest';
import { availableChoices, CONTINUE, next, replay, start } from '#src/roleplay/engine.ts';
import { bestPath, maxPointsPerCompetency, walkPaths } from '#src/roleplay/paths.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const scenario = loadScenario(SAMPLE_SCENARIO);

describe('role-play engine', () => {
  it('starts at the start node with the meters at their start values', () => {
    expect(start(scenario)).toMatchObject({ at: 'open', meters: { tension: 50 }, steps: [] });
  });

  it('applies effects and points, then follows next', () => {
    const s = next(scenario, start(scenario), 'listen');
    expect(s).toMatchObject({
      at: 'inner',
      meters: { tension: 30 },
      points: { listening: 2 },
      steps: ['listen'],
    });
  });

  it('continues through a node without choices and refuses a choice there', () => {
    const s = next(scenario, start(scenario), 'listen');
    expect(() => next(scenario, s, 'offer')).toThrow(/not offered/);
    expect(next(scenario, s, CONTINUE).at).toBe('second');
  });

  it('jumps to a threshold goto when a meter tips', () => {
    const s = replay(scenario, ['snap']);
    expect(s.meters.tension).toBe(95);
    expect(s.ending).toBe('end_bad');
    expect(replay(scenario, ['policy', CONTINUE, 'shrug'])).toMatchObject({
      ending: 'end_bad',
      meters: { tension: 100 },
    });
  });

  it('clamps meters to their range', () => {
    const s = replay(scenario, ['listen', CONTINUE, 'offer']);
    expect(s.meters.tension).toBe(10);
  });

  it('is deterministic: replaying the steps gives the same state', () => {
    const steps = ['policy', CONTINUE, 'offer'];
    expect(replay(scenario, steps)).toEqual(replay(scenario, steps));
  });

  it('stops a replay at the first step that no longer fits (edited content)', () => {
    expect(replay(scenario, ['listen', 'gone', 'offer']).steps).toEqual(['listen']);
  });

  it('refuses to go on after an ending', () => {
    const ended = replay(scenario, ['listen', CONTINUE, 'offer']);
    expect(availableChoices(scenario, ended)).toEqual([]);
    expect(() => next(scenario, ended, CONTINUE)).toThrow(/already ended/);
  });

  it('enumerates every path and finds the strongest', () => {
    const walk = walkPaths(scenario);
    expect(walk.complete.map((s) => s.steps.join(' ')).sort()).toEqual([
      'listen _ offer',
      'listen _ shrug',
      'policy _ offer',
      'policy _ shrug',
      'snap',
    ]);
    expect(walk.stuck).toEqual([]);
    expect(bestPath(scenario).steps).toEqual(['listen', CONTINUE, 'offer']);
    expect(maxPointsPerCompetency(scenario)).toEqual({ listening: 2, calm: 3 });
  });
});
