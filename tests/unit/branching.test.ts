/** Branching figures and the meter range per ending, on the small sample scenario. */
import { describe, expect, it } from 'vitest';
import { decisionNodes, forkingNodes, recoveryNodes } from '#src/roleplay/branching.ts';
import { endingMeters, formatMeters } from '#src/roleplay/ending-meters.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const sample = loadScenario(SAMPLE_SCENARIO);

/** The sample with its weak opening sent to a repair moment of its own. */
function withRepair() {
  const raw = structuredClone(sample) as any;
  raw.nodes[0].choices[2].next = 'repair';
  raw.nodes.push({
    id: 'repair',
    speaker: 'cust',
    text: 'Not your fault? Then whose?',
    choices: [
      {
        id: 'own',
        text: 'Fair. Let me look.',
        feedback: 'Repair.',
        rating: 'strong',
        next: 'second',
      },
      { id: 'argue', text: 'The maker’s.', feedback: 'Defensive.', rating: 'weak', next: 'second' },
    ],
  });
  return scenarioSchema.parse(raw);
}

describe('branching figures', () => {
  it('counts decisions whose choices lead to different places', () => {
    expect(decisionNodes(sample).map((n) => n.id)).toEqual(['open', 'second']);
    expect(forkingNodes(sample)).toEqual(['second']);
    expect(forkingNodes(withRepair())).toEqual(['open', 'second']);
  });

  it('finds a repair moment only weak choices lead to', () => {
    expect(recoveryNodes(sample)).toEqual([]);
    expect(recoveryNodes(withRepair())).toEqual(['repair']);
  });
});

describe('meter range at each ending', () => {
  it('gives the lowest and highest value of each meter over the paths that end there', () => {
    // open: listen 30 / policy 60 / snap 95 (the threshold at 90 ends it); second: offer -20, shrug
    // +45 (capped at 100).
    expect(endingMeters(sample).map((m) => `${m.ending}: ${formatMeters(m)}`)).toEqual([
      'end_good: tension 10–40',
      'end_mid: tension 75–75',
      'end_bad: tension 95–100',
    ]);
  });
});
