/**
 * The real course content: it passes every check, meets the minimums the course promises
 * (objectives, role-plays, checks, reflections, job aids) and its saved state fits SCORM 1.2.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/course/check-content.ts';
import { learnerMinutes } from '#src/course/learner-time.ts';
import { componentTags, idsOf } from '#src/course/mdx-references.ts';
import { bestPath, walkPaths } from '#src/roleplay/paths.ts';
import { formatContentError } from '#src/schemas/author-errors.ts';
import { breathsPerMinute, sessionSeconds } from '#src/tools/breathing.ts';
import { worstCaseStateLength } from '#src/tracking/worst-case.ts';

const result = checkContent(process.cwd());
const course = result.course!;

describe('course content', () => {
  it('passes npm run check with no errors', () => {
    expect(result.errors.map(formatContentError)).toEqual([]);
  });

  it('builds every module listed in course.yaml', () => {
    expect(result.modules.map((m) => m.id)).toEqual(course.modules);
  });

  for (const module of result.modules) {
    describe(module.id, () => {
      const text = module.text[course.languages[0]];
      const tags = componentTags(text.body);

      it('has 3–5 objectives, an honest duration and the parts every module promises', () => {
        expect(text.meta.objectives.length).toBeGreaterThanOrEqual(3);
        expect(text.meta.objectives.length).toBeLessThanOrEqual(5);
        // The declared minutes must match what the words take (src/course/learner-time.ts), within
        // 15%.
        const estimate = learnerMinutes(module, course.languages[0]);
        expect(Math.abs(estimate - text.meta.duration) / text.meta.duration).toBeLessThanOrEqual(
          0.15,
        );
        expect(text.meta.duration).toBeGreaterThanOrEqual(15);
        expect(text.meta.duration).toBeLessThanOrEqual(35);
        expect(idsOf(tags, 'RolePlay').length).toBeGreaterThanOrEqual(2);
        expect(idsOf(tags, 'Reflection').length).toBeGreaterThanOrEqual(2);
        expect(tags.filter((t) => t.name === 'JobAid').length).toBeGreaterThanOrEqual(1);
        expect(idsOf(tags, 'Tool').length).toBeGreaterThanOrEqual(1);
        const questions = module.checks.flatMap((c) => c.questions);
        expect(questions.length).toBeGreaterThanOrEqual(6);
      });

      for (const scenario of module.scenarios) {
        it(
          `${scenario.id}: every ending reachable, 5+ decisions on the best path, 3+ endings, ` +
            `inner voice`,
          () => {
            const walk = walkPaths(scenario);
            expect(walk.truncated).toBe(false);
            expect(walk.stuck).toEqual([]);
            expect(new Set(walk.complete.map((s) => s.ending))).toEqual(
              new Set(scenario.endings.map((e) => e.id)),
            );
            const decisions = bestPath(scenario).steps.filter((s) => s !== '_').length;
            expect(decisions).toBeGreaterThanOrEqual(5);
            expect(new Set(scenario.endings.map((e) => e.outcome)).size).toBeGreaterThanOrEqual(2);
            expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
            expect(scenario.nodes.filter((n) => n.kind === 'inner').length).toBeGreaterThanOrEqual(
              1,
            );
          },
        );
      }

      it('keeps its worst-case saved state within budget (1,024) and SCORM 1.2 (4,096)', () => {
        const length = worstCaseStateLength(course, module, course.languages[0]);
        expect(length).toBeLessThanOrEqual(1024);
      });
    });
  }

  it('gives each lever the practice tool the course promises', () => {
    const expected: Record<string, string> = {
      foundations: 'signs_tracker',
      dissatisfaction: 'paraphrase',
      incivility: 'boundary_builder',
      meaning: 'levels_explorer',
      stress: 'breathing_pacer',
      emotional_intelligence: 'self_assessment',
    };
    for (const module of result.modules) {
      const lever = module.text[course.languages[0]].meta.lever;
      if (expected[lever])
        expect({ lever, tools: module.tools.map((t) => t.type) }).toEqual({
          lever,
          tools: [expected[lever]],
        });
    }
    expect(new Set(result.modules.flatMap((m) => m.tools.map((t) => t.type)))).toEqual(
      new Set(Object.values(expected)),
    );
  });

  it(
    'offers cardiac coherence (6 breaths a minute for 5 minutes), 4-7-8 and a one-minute ' +
      'reset',
    () => {
      const pacer = result.modules
        .flatMap((m) => m.tools)
        .find((t) => t.type === 'breathing_pacer');
      if (pacer?.type !== 'breathing_pacer') throw new Error('no breathing pacer in the course');
      const rhythm = (p: (typeof pacer.patterns)[number]) =>
        p.phases.map((ph) => ph.seconds).join('-');
      const sessions = pacer.patterns.map((p) => ({
        rhythm: rhythm(p),
        perMinute: breathsPerMinute(p),
        seconds: sessionSeconds(p),
      }));
      expect(sessions).toContainEqual({ rhythm: '5-5', perMinute: 6, seconds: 300 });
      expect(sessions.some((x) => x.rhythm === '4-7-8')).toBe(true);
      expect(sessions.some((x) => x.seconds === 60)).toBe(true);
    },
  );
});
