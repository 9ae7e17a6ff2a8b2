import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { walkPaths } from '#src/roleplay/paths.ts';
import { endingReport, validateScenario } from '#src/roleplay/validate.ts';
import { authorErrorMap, formatContentError, toContentErrors } from '#src/schemas/author-errors.ts';
import { scenarioSchema } from '#src/schemas/scenario.ts';
import { loadScenario, SAMPLE_SCENARIO } from './helpers.ts';

/** What an author sees for a scenario file: schema errors first, then graph problems. */
function problems(name: string): string[] {
  const file = `tests/fixtures/broken/${name}.yaml`;
  const data = parse(readFileSync(file, 'utf8'));
  const parsed = scenarioSchema.safeParse(data, { error: authorErrorMap });
  if (!parsed.success) return toContentErrors(file, parsed.error, data).map(formatContentError);
  return validateScenario(parsed.data, ['listening', 'calm']).map(
    (p) => `${file}: ${p.at}: ${p.message}`,
  );
}

describe('scenario validator', () => {
  it("accepts the valid sample and reports each ending's score range", () => {
    const scenario = loadScenario(SAMPLE_SCENARIO);
    expect(validateScenario(scenario, ['listening', 'calm'])).toEqual([]);
    expect(endingReport(scenario)).toEqual([
      { ending: 'end_good', outcome: 'resolved', paths: 2, minPoints: 3, maxPoints: 4 },
      { ending: 'end_mid', outcome: 'partly_resolved', paths: 1, minPoints: 2, maxPoints: 2 },
      { ending: 'end_bad', outcome: 'escalated', paths: 2, minPoints: 0, maxPoints: 1 },
    ]);
  });

  it('names the file, the node and the fix for a dangling next', () => {
    expect(problems('dangling-next')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/dangling-next.yaml: second › offer: next "end_gud" leads ` +
        `nowhere: no node or ending has that id; fix the id or add the node",
      ]
    `,
    );
  });
  it('finds unreachable nodes', () => {
    expect(problems('unreachable-node')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unreachable-node.yaml: orphan: no path from the start reaches ` +
        `this node; point a "next" at it or delete it",
      ]
    `,
    );
  });
  it('finds loops with no exit', () => {
    expect(problems('loop-no-exit')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/loop-no-exit.yaml: loop_a: goes round in a loop (loop_a → loop_b ` +
        `→ loop_a); role-plays must move forward: point a "next" in the loop at a later node ` +
        `or an ending; to let the learner retry, use an ending's try-again",
        "tests/fixtures/broken/loop-no-exit.yaml: end_good: no path reaches this ending; point ` +
        `a choice's "next" at it or delete it",
        "tests/fixtures/broken/loop-no-exit.yaml: end_mid: no path reaches this ending; point a ` +
        `choice's "next" at it or delete it",
      ]
    `,
    );
  });
  it('finds conditions on unknown meters', () => {
    expect(problems('unknown-meter')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unknown-meter.yaml: second › offer: condition "energy > 10" uses ` +
        `"energy", which is not a meter (known: tension)",
      ]
    `,
    );
  });
  it('explains condition syntax errors', () => {
    expect(problems('bad-condition')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/bad-condition.yaml: second › offer: condition syntax: expected a ` +
        `comparison (<, <=, >, >=, ==, !=) but found "=" in "tension => 10"; write e.g. ` +
        `"tension >= 60 and energy < 30"",
      ]
    `,
    );
  });
  it('finds points for competencies the scenario does not train', () => {
    expect(problems('unknown-competency')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unknown-competency.yaml: open › listen: points for "empathy", ` +
        `which is not in this scenario's competencies (listening, calm)",
      ]
    `,
    );
  });
  it('finds duplicate ids', () => {
    expect(problems('duplicate-id')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/duplicate-id.yaml: nodes › inner › id: "inner" is already the id ` +
        `of a node; nodes, routers and endings each need their own id (a "next" names one of ` +
        `them); rename one",
      ]
    `,
    );
  });
  it('finds states where every condition is false (a dead end at run time)', () => {
    expect(problems('dead-end-conditions')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/dead-end-conditions.yaml: second: offers no choice when tension ` +
        `is 30 (every condition is false); add a choice without a condition",
        "tests/fixtures/broken/dead-end-conditions.yaml: second: offers no choice when tension ` +
        `is 60 (every condition is false); add a choice without a condition",
        "tests/fixtures/broken/dead-end-conditions.yaml: end_good: no play-through reaches this ` +
        `ending once conditions and thresholds apply; relax a condition or delete the ending",
        "tests/fixtures/broken/dead-end-conditions.yaml: end_mid: no play-through reaches this ` +
        `ending once conditions and thresholds apply; relax a condition or delete the ending",
      ]
    `,
    );
  });
  it('reports a missing field through the schema, naming the choice by id', () => {
    expect(problems('missing-feedback')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/missing-feedback.yaml: nodes › second › choices › offer › ` +
        `feedback: is missing; add the text",
      ]
    `,
    );
  });
  it('finds endings that nothing leads to', () => {
    expect(problems('unreachable-ending')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unreachable-ending.yaml: end_bad: no path reaches this ending; ` +
        `point a choice's "next" at it or delete it",
      ]
    `,
    );
  });
  it('finds a speaker that is not a character', () => {
    expect(problems('unknown-speaker')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unknown-speaker.yaml: second: speaker "manager" is not a ` +
        `character; use one of cust, you",
      ]
    `,
    );
  });
  it('finds effects on unknown meters', () => {
    expect(problems('unknown-effect-meter')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/unknown-effect-meter.yaml: second › shrug: effect on "energy", ` +
        `which is not a meter (known: tension)",
      ]
    `,
    );
  });
  it('finds a threshold goto that leads nowhere', () => {
    expect(problems('dangling-threshold')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/dangling-threshold.yaml: meter tension: threshold goto ` +
        `"end_storms_out" leads nowhere: no node or ending has that id; fix the id or add the ` +
        `node",
      ]
    `,
    );
  });
  it('reports a node with neither choices nor next through the schema', () => {
    expect(problems('static-dead-end')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/static-dead-end.yaml: nodes › inner › choices: is a dead end: ` +
        `needs either "choices" or a "next" (where Continue leads); add one, or make it an ` +
        `ending under "endings"",
      ]
    `,
    );
  });
  it('finds scenario competencies the module does not declare', () => {
    expect(problems('undeclared-competency')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/undeclared-competency.yaml: competencies: "empathy" is not a ` +
        `competency of this module; add it to the module's frontmatter or fix the id (known: ` +
        `listening, calm)",
      ]
    `,
    );
  });
  it('rejects a loop even when it has an exit (saved steps must stay bounded)', () => {
    expect(problems('loop-with-exit')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/loop-with-exit.yaml: inner: goes round in a loop (inner → second ` +
        `→ inner); role-plays must move forward: point a "next" in the loop at a later node ` +
        `or an ending; to let the learner retry, use an ending's try-again",
      ]
    `,
    );
  });
  it('rejects a loop made by a threshold that jumps back to a node', () => {
    expect(problems('threshold-loop')).toMatchInlineSnapshot(
      `
      [
        "tests/fixtures/broken/threshold-loop.yaml: second: goes round in a loop (second → ` +
        `(threshold "tension >= 90") cool_off → second); role-plays must move forward: a ` +
        `threshold can fire after any choice, so point its goto at an ending; to let the ` +
        `learner retry, use an ending's try-again",
      ]
    `,
    );
  });
  it('refuses to walk the paths of a scenario with a loop rather than understate them', () => {
    const looping = scenarioSchema.parse(
      parse(readFileSync('tests/fixtures/broken/loop-with-exit.yaml', 'utf8')),
    );
    expect(() => walkPaths(looping)).toThrow(/loops back to "inner"/);
  });
});
