/** The cue check: it flags content whose strong option is always the longest, and names where. */
import { describe, expect, it } from 'vitest';
import { cueProblems } from '#src/course/cue-check.ts';
import { checkCues, scenarioCues } from '#src/course/cue-metrics.ts';
import type { ModuleSource } from '#src/course/load.ts';
import { courseSchema } from '#src/schemas/course.ts';
import { knowledgeCheckSchema } from '#src/schemas/knowledge-check.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

const sample = loadScenario(SAMPLE_SCENARIO);

/** The sample scenario with its choice texts replaced, node by node, in choice order. */
function withTexts(texts: Record<string, string[]>) {
  const raw = structuredClone(sample) as any;
  for (const node of raw.nodes)
    node.choices?.forEach((c: any, i: number) => {
      c.text = texts[node.id]?.[i] ?? c.text;
    });
  return { ...scenarioSchema.parse(raw), file: 'content/modules/01-sample/scenarios/counter.yaml' };
}

// In the sample, `open` offers strong, acceptable, weak and `second` strong, weak.
const telling = withTexts({
  open: ['A week, and it broke. That is annoying. Let me look at it now.', 'Receipt?', 'Not me.'],
  second: ['I can replace it today from the stock room, and test it first.', 'Not sure.'],
});
const balanced = withTexts({
  open: ['A week? Let me see.', 'Do you have the receipt with you, please?', 'Not my fault.'],
  second: ['I can replace it.', 'I will need to ask my manager about that, sorry.'],
});

const check = (long: boolean) =>
  Object.assign(
    knowledgeCheckSchema.parse({
      id: 'check',
      title: 'Check',
      questions: ['q_one', 'q_two'].map((id) => ({
        id,
        prompt: 'What now?',
        options: [
          {
            id: 'right',
            correct: true,
            text: long ? 'A long and careful answer' : 'Short',
            feedback: 'Yes.',
          },
          { id: 'wrong', text: 'A wrong one', feedback: 'No.' },
        ],
      })),
    }),
    { file: 'content/modules/01-sample/checks/check.yaml' },
  );

const moduleWith = (scenario: ReturnType<typeof withTexts>, long: boolean) =>
  ({ id: 'sample', scenarios: [scenario], checks: [check(long)] }) as unknown as ModuleSource;

const course = (cueCheck?: unknown) =>
  courseSchema.parse({
    id: 'c',
    version: '1.0.0',
    title: { en: 'C' },
    organisation: 'O',
    branding: { primary: '#1d5b79', accent: '#2f7d5b' },
    languages: ['en'],
    modules: ['sample'],
    tracking: { masteryScore: 50, completion: 'all_sections' },
    formats: ['scorm12'],
    ...(cueCheck ? { cueCheck } : {}),
  });

describe('cue metrics', () => {
  it('measures the share of decisions whose strong option is longest, and by how much', () => {
    const cues = scenarioCues(telling);
    expect(cues.items.map((i) => [i.id, i.longest])).toEqual([
      ['open', true],
      ['second', true],
    ]);
    expect(cues.share).toBe(1);
    expect(cues.items[1].ratio).toBeCloseTo(62 / 9, 1);
    expect(scenarioCues(balanced).share).toBe(0);
    expect(checkCues(check(true)).share).toBe(1);
    expect(checkCues(check(false)).longest).toBe(0);
  });
});

describe('cue check in npm run check', () => {
  it('warns about a scenario whose strong option is always longest, naming the nodes', () => {
    const problems = cueProblems([moduleWith(telling, false)], course());
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p.file).toBe('content/modules/01-sample/scenarios/counter.yaml');
    expect(p.error).toBe(false);
    expect(p.message).toMatch(/^the strong option is the longest in 2 of 2 decision nodes \(100%/);
    expect(p.message).toMatch(/: open \(\d+\.\d×\), second \(6\.9×\)\. Learners can pick/);
  });

  it('names the questions of a knowledge check whose correct option is always longest', () => {
    const [p] = cueProblems([moduleWith(balanced, true)], course());
    expect(p.file).toBe('content/modules/01-sample/checks/check.yaml');
    expect(p.message).toMatch(/correct option is the longest in 2 of 2 questions.*q_one.*q_two/);
  });

  it('stays silent on balanced content', () => {
    expect(cueProblems([moduleWith(balanced, false)], course())).toEqual([]);
  });

  it('becomes an error, or moves its threshold, when course.yaml says so', () => {
    const strict = cueProblems([moduleWith(telling, false)], course({ level: 'error' }));
    expect(strict.map((p) => p.error)).toEqual([true]);
    expect(
      cueProblems([moduleWith(telling, true)], course({ level: 'warning', maxShare: 100 })),
    ).toEqual([]);
    const loud = courseSchema.safeParse({ ...course(), cueCheck: { level: 'loud' } });
    expect(loud.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cueCheck.level', 'must be "warning" or "error"'],
    ]);
  });
});
