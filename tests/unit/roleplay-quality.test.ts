/**
 * The role-plays and checks make the learner think (issue 12): the strong option is not a tell by
 * its length, decisions really branch, a weak choice can be repaired, and the meters, not the last
 * line, decide the ending. Figures come from the YAML, so a later edit cannot bring the tell back.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { checkCues, combined, scenarioCues } from '#src/course/cue-metrics.ts';
import { decisionNodes, forkingNodes, recoveryNodes } from '#src/roleplay/branching.ts';
import { CONTINUE } from '#src/roleplay/engine.ts';
import { walkPaths } from '#src/roleplay/paths.ts';

const { modules } = checkContent(process.cwd());
/** Every module is held to these rules (04–07 joined once their rewrite landed). */
const tested = modules;
const scenarios = tested.flatMap((m) => m.scenarios);
const checks = tested.flatMap((m) => m.checks);
const percent = (share: number) => Math.round(share * 100);

describe('no tell-tale answers', () => {
  it('the strong option is the longest in at most 40% of decision nodes (course-wide)', () => {
    expect(percent(combined(scenarios.map(scenarioCues)).share)).toBeLessThanOrEqual(40);
  });

  it('the correct option is the longest in at most 40% of check questions (course-wide)', () => {
    expect(percent(combined(checks.map(checkCues)).share)).toBeLessThanOrEqual(40);
  });

  for (const s of scenarios)
    it(`${s.id}: the strong option is the longest in at most half its decision nodes`, () => {
      const cues = scenarioCues(s);
      const longest = cues.items.filter((i) => i.longest).map((i) => i.id);
      expect({ share: percent(cues.share) <= 50, longest }).toEqual({ share: true, longest });
    });

  for (const m of tested)
    it(`${m.id}: the correct option is the longest in at most half of the check`, () => {
      for (const c of m.checks) expect(percent(checkCues(c).share)).toBeLessThanOrEqual(50);
    });
});

describe('real branches and endings the meters decide', () => {
  for (const s of scenarios) {
    const walk = walkPaths(s);
    const rating = new Map(s.nodes.flatMap((n) => (n.choices ?? []).map((c) => [c.id, c.rating])));

    it(`${s.id}: at least half the decisions lead to two or more different next nodes`, () => {
      const forks = forkingNodes(s).length;
      expect(forks * 2).toBeGreaterThanOrEqual(decisionNodes(s).length);
    });

    it(`${s.id}: a weak choice opens a recovery moment of its own`, () => {
      expect(recoveryNodes(s).length).toBeGreaterThanOrEqual(1);
    });

    it(`${s.id}: a router on the meters chooses between endings`, () => {
      const endings = new Set(s.endings.map((e) => e.id));
      const deciding = s.routers.filter(
        (r) => new Set(r.routes.map((x) => x.next).filter((n) => endings.has(n))).size >= 2,
      );
      expect(deciding.map((r) => r.id)).not.toEqual([]);
    });

    it(`${s.id}: a run of mostly weak choices never ends "resolved"`, () => {
      const resolvedByWeakRuns = walk.complete.filter((state) => {
        const decisions = state.steps.filter((step) => step !== CONTINUE);
        const weak = decisions.filter((d) => rating.get(d) === 'weak').length;
        const outcome = s.endings.find((e) => e.id === state.ending)!.outcome;
        return outcome === 'resolved' && weak * 2 >= decisions.length;
      });
      expect(resolvedByWeakRuns.map((state) => state.steps.join(' '))).toEqual([]);
    });
  }
});

describe('realistic people', () => {
  it('gives every person a name of their own across the course', () => {
    const proper = (name: string) => name.split(' ').every((w) => /^\p{Lu}/u.test(w));
    const key = (name: string) => name.replace(/^(Mr|Mrs|Ms|Dr|Miss) /, '').split(' ')[0];
    const owners = new Map<string, string[]>();
    // Proper names only: "Man in the queue" names nobody.
    for (const m of modules)
      for (const s of m.scenarios)
        for (const c of s.characters.filter((c) => c.role !== 'employee' && proper(c.name))) {
          const k = key(c.name);
          owners.set(k, [...(owners.get(k) ?? []), `${s.id}: ${c.name}`]);
        }
    const shared = [...owners.values()].filter((list) => list.length > 1);
    expect(shared).toEqual([]);
  });
});
