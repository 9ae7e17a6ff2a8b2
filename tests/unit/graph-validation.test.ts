/** The graph analysis scales (big generated scenarios) and agrees with the exhaustive walk. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { localized } from '#src/course/translations.ts';
import { analyse, analysisRuns, situationGraph } from '#src/roleplay/analysis.ts';
import { endingMeters } from '#src/roleplay/ending-meters.ts';
import { replay } from '#src/roleplay/engine.ts';
import { longestPath } from '#src/roleplay/graph.ts';
import { bestPath, maxPointsPerCompetency, totalPoints, walkPaths } from '#src/roleplay/paths.ts';
import { endingReport, validateScenario } from '#src/roleplay/validate.ts';
import { chain, lattice, randomScenario } from './validation-scenarios.ts';

describe('big scenarios finish with the right verdict', () => {
  it('a 5,000-node chain is valid (no recursion on its depth)', () => {
    const s = chain(5000);
    expect(validateScenario(s, ['calm'])).toEqual([]);
    expect(bestPath(s).steps).toHaveLength(5000);
    expect(maxPointsPerCompetency(s)).toEqual({ calm: 5000 });
    expect(longestPath(s, () => 4).weight).toBe(20_000);
  });

  it('a 13 × 4 lattice whose last choices are impossible is stuck, reported in three lines', () => {
    const problems = validateScenario(lattice(13, 4, 4, true), ['calm']);
    expect(problems.map((p) => `${p.at}: ${p.message}`)).toMatchInlineSnapshot(
      `
      [
        "l12_0: offers no choice when tension is 0 (every condition is false); add a choice ` +
        `without a condition",
        "l12_1: offers no choice when tension is 0 (every condition is false); add a choice ` +
        `without a condition",
        "l12_2: offers no choice when tension is 10 (every condition is false); add a choice ` +
        `without a condition",
        "end0: no play-through reaches this ending once conditions and thresholds apply; relax ` +
        `a condition or delete the ending",
        "end1: no play-through reaches this ending once conditions and thresholds apply; relax ` +
        `a condition or delete the ending",
      ]
    `,
    );
  });

  it(
    'a 1,000-node lattice of 3 choices is valid, and its astronomically many paths are ' +
      'counted',
    () => {
      const s = lattice(200, 10, 3, false, 1000);
      expect(s.nodes).toHaveLength(1000);
      expect(validateScenario(s, ['calm'])).toEqual([]);
      const report = endingReport(s);
      expect(report.reduce((n, r) => n + r.paths, 0)).toBeGreaterThan(1e40);
    },
  );

  it('stops a search that would not fit and says how to simplify', () => {
    const s = lattice(200, 10, 3, false, 1000);
    const graph = analyse(s, 500);
    expect(graph.tooComplex).toBe(true);
    expect(validateScenario(s, ['calm'], { maxSituations: 500 })).toMatchInlineSnapshot(
      `
      [
        {
          "at": "scenario",
          "message": "is too complex to verify: more than 500 distinct situations (a node with ` +
        `values of tension), so dead ends cannot be ruled out; simplify: read fewer meters ` +
        `in conditions, use coarser effects (steps of 5 or 10), or split the role-play in ` +
        `two (1000 nodes now)",
        },
      ]
    `,
    );
  });
});

describe('the fast analysis agrees with the exhaustive walk (oracle) on small scenarios', () => {
  const seeds = Array.from({ length: 500 }, (_, i) => i + 1);
  it.each([seeds])('%#: 500 random scenarios with conditions, thresholds and routers', () => {
    let compared = 0;
    for (const seed of seeds) {
      const s = randomScenario(seed);
      const structural = validateScenario(s, ['calm']).filter(
        (p) => !/offers no choice|no play-through/.test(p.message),
      );
      if (structural.length > 0) continue;
      compared++;
      const walk = walkPaths(s);
      const graph = situationGraph(s);
      const key = (at: string, m: Record<string, number>) =>
        `${at}|${graph.meters.map((id) => m[id]).join(',')}`;
      const stuckWalk = new Set(walk.stuck.map((st) => key(st.at, st.meters)));
      const stuckFast = new Set(
        graph.stuck.map((i) => `${graph.situations[i].at}|${graph.situations[i].meters.join(',')}`),
      );
      expect(stuckFast, `seed ${seed}`).toEqual(stuckWalk);
      const report = endingReport(s);
      for (const r of report) {
        const totals = walk.complete.filter((p) => p.ending === r.ending).map(totalPoints);
        expect(r.paths, `seed ${seed} ${r.ending}`).toBe(totals.length);
        if (totals.length) {
          expect(r.minPoints).toBe(Math.min(...totals));
          expect(r.maxPoints).toBe(Math.max(...totals));
        }
      }
      if (walk.complete.length > 0) {
        const best = walk.complete.reduce((a, b) => (totalPoints(b) > totalPoints(a) ? b : a));
        expect(bestPath(s), `seed ${seed}`).toEqual(replay(s, best.steps));
        const max = maxPointsPerCompetency(s);
        expect(max.calm).toBe(Math.max(0, ...walk.complete.map((p) => p.points.calm ?? 0)));
      }
      for (const { ending, meters } of endingMeters(s)) {
        const states = walk.complete.filter((p) => p.ending === ending);
        const range = (id: string) => states.map((p) => p.meters[id]);
        const expected = Object.fromEntries(
          states.length
            ? s.meters.map((m) => [
                m.id,
                { min: Math.min(...range(m.id)), max: Math.max(...range(m.id)) },
              ])
            : [],
        );
        expect(meters, `seed ${seed} ${ending}`).toEqual(expected);
      }
      const longest = Math.max(...[...walk.complete, ...walk.stuck].map((p) => p.steps.length));
      expect(longestPath(s, () => 1).weight).toBeGreaterThanOrEqual(longest);
    }
    expect(compared).toBeGreaterThan(75);
  });

  it('searches each scenario once, even through a copy or a translation', () => {
    const s = randomScenario(7);
    situationGraph(s);
    const before = analysisRuns.count;
    const { brief: _brief, ...lean } = s;
    bestPath({ ...lean, brief: s.brief });
    maxPointsPerCompetency({ ...s, title: 'Traduit' });
    endingReport(s);
    expect(analysisRuns.count).toBe(before);
  });

  it('counts stuck paths against the walk limit (the oracle cannot run away)', () => {
    const walk = walkPaths(lattice(13, 4, 4, true), 1000);
    expect(walk.truncated).toBe(true);
    expect(walk.complete.length + walk.stuck.length).toBe(1000);
    expect(walkPaths(lattice(13, 4, 4, true), 10).stuck.length).toBeLessThanOrEqual(10);
  });
});

describe('the fast analysis agrees with the walk on the course content', () => {
  const { modules } = checkContent(process.cwd());
  it.each(modules.flatMap((m) => m.scenarios.map((s) => [s.id, s] as const)))('%s', (_, s) => {
    const walk = walkPaths(s);
    for (const r of endingReport(s)) {
      const totals = walk.complete.filter((p) => p.ending === r.ending).map(totalPoints);
      expect([r.paths, r.minPoints, r.maxPoints]).toEqual([
        totals.length,
        totals.length ? Math.min(...totals) : 0,
        totals.length ? Math.max(...totals) : 0,
      ]);
    }
    const best = walk.complete.reduce((a, b) => (totalPoints(b) > totalPoints(a) ? b : a));
    expect(bestPath(s).steps).toEqual(best.steps);
    expect(walk.stuck).toEqual([]);
  });
});

describe('no scenario is searched twice in a build', () => {
  it('the check, every page language, and the map share one analysis per scenario', () => {
    const { modules } = checkContent(process.cwd());
    const before = analysisRuns.count;
    for (const module of modules)
      for (const lang of ['en', 'fr'])
        for (const s of localized(module, lang).scenarios) {
          bestPath(s);
          maxPointsPerCompetency(s);
          endingReport(s);
        }
    expect(analysisRuns.count).toBe(before);
  });
});
