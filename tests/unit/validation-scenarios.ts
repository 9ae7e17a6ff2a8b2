/**
 * Generated scenarios for the validator: the big shapes that once crashed it (a long chain, a
 * lattice whose last choices are impossible, a wide lattice), and small random ones for the
 * oracle test. Shared by the unit tests and `npm run bench`.
 */
import { type Scenario, scenarioSchema } from '#src/schemas/scenario.ts';

type Raw = Record<string, unknown>;
const choice = (id: string, next: string, extra: Raw = {}) => ({
  id,
  text: `Say ${id}.`,
  feedback: 'Feedback.',
  rating: 'acceptable',
  next,
  ...extra,
});
const node = (id: string, choices: Raw[]) => ({ id, speaker: 'cust', text: `At ${id}.`, choices });
const ending = (id: string) => ({
  id,
  outcome: 'resolved',
  title: 'End',
  text: 'It ends.',
  debrief: 'Debrief.',
  lesson: 'Lesson.',
});

function scenario(nodes: Raw[], endings: Raw[], extra: Raw = {}): Scenario {
  return scenarioSchema.parse({
    id: 'generated',
    title: 'Generated',
    setting: 'Test',
    summary: 'Generated.',
    duration: 5,
    characters: [
      { id: 'cust', name: 'C', role: 'customer', persona: 'P.' },
      { id: 'you', name: 'Y', role: 'employee', persona: 'P.' },
    ],
    meters: [{ id: 'tension', label: 'Tension', start: 50, good: 'low' }],
    competencies: ['calm'],
    start: (nodes[0] as { id: string }).id,
    nodes,
    endings,
    brief: {
      situation: 'S.',
      cards: [{ character: 'cust', mood: 'M', wants: 'W', escalates: ['E'], calms: ['C'] }],
      employee: { goal: 'G', technique: 'T' },
      observe: ['A', 'B'],
      debriefQuestions: ['A?', 'B?'],
    },
    ...extra,
  });
}

/** `n` nodes in a row, one choice each: valid, and as deep as content gets. */
export function chain(n: number): Scenario {
  const nodes = Array.from({ length: n }, (_, i) =>
    node(`n${i}`, [choice(`c${i}`, i + 1 < n ? `n${i + 1}` : 'end', { points: { calm: 1 } })]),
  );
  return scenario(nodes, [ending('end')]);
}

/**
 * A lattice: one start node, then layers of up to `width` nodes (at most `total` nodes in all);
 * each node's `choices` choices lead to nodes of the next layer, with different effects on
 * tension. With `stuckEnds`, every choice of the last layer needs "tension > 1000" (never true),
 * so every play-through gets stuck there.
 */
export function lattice(
  layers: number,
  width: number,
  choices: number,
  stuckEnds = false,
  total = Infinity,
) {
  const sizes = [1];
  let count = 1;
  while (sizes.length < layers && count < total) {
    const size = Math.min(width, sizes[sizes.length - 1] * choices, total - count);
    sizes.push(size);
    count += size;
  }
  const nodes: Raw[] = [];
  const effects = [-15, -5, 10, 20];
  sizes.forEach((size, l) => {
    const last = l === sizes.length - 1;
    for (let w = 0; w < size; w++)
      nodes.push(
        node(
          `l${l}_${w}`,
          Array.from({ length: choices }, (_, k) =>
            choice(
              `c${l}_${w}_${k}`,
              last ? `end${k % 2}` : `l${l + 1}_${(w * choices + k) % sizes[l + 1]}`,
              {
                effects: { tension: effects[k % effects.length] },
                points: { calm: k },
                ...(last && stuckEnds ? { condition: 'tension > 1000' } : {}),
                ...(!last && k === 2 ? { condition: 'tension < 90' } : {}),
              },
            ),
          ),
        ),
      );
  });
  return scenario(nodes, [ending('end0'), ending('end1')]);
}

/** A small random scenario (seeded): conditions, effects, thresholds and routers, acyclic. */
export function randomScenario(seed: number): Scenario {
  let x = seed * 2654435761 + 1;
  const rand = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const count = 3 + rand(5);
  const endings = ['end_a', 'end_b', 'end_c'];
  const later = (i: number) => {
    const pick = rand(count - i + endings.length - 1);
    return i + 1 + pick < count ? `n${i + 1 + pick}` : endings[pick % endings.length];
  };
  const conditions = [
    'tension > 50',
    'energy < 40',
    'tension <= 30 or energy >= 60',
    'tension == 50',
  ];
  const routers: Raw[] = [];
  const nodes = Array.from({ length: count }, (_, i) => {
    if (rand(5) === 0)
      return { id: `n${i}`, kind: 'narration', text: 'Time passes.', next: later(i) };
    return node(
      `n${i}`,
      Array.from({ length: 1 + rand(3) }, (_, k) => {
        let next = later(i);
        if (rand(4) === 0) {
          const id = `r${i}_${k}`;
          routers.push({ id, routes: [{ when: conditions[rand(4)], next: later(i) }, { next }] });
          next = id;
        }
        return choice(`c${i}_${k}`, next, {
          effects: { tension: rand(41) - 20, energy: rand(31) - 15 },
          points: { calm: rand(3) },
          ...(rand(3) === 0 ? { condition: conditions[rand(4)] } : {}),
        });
      }),
    );
  });
  return scenario(nodes, endings.map(ending), {
    meters: [
      {
        id: 'tension',
        label: 'T',
        start: 50,
        good: 'low',
        thresholds: rand(2) ? [{ when: 'tension >= 95', goto: 'end_c' }] : [],
      },
      { id: 'energy', label: 'E', start: 50, good: 'high' },
    ],
    routers,
  });
}
