/**
 * The longest saved state a module can produce: every section seen, every question answered, and
 * each role-play on its longest path. The longest path is a bound computed on the graph in linear
 * time (conditions ignored, so it may be longer than any real play-through, never shorter).
 * Used by `npm run check` (a build error over budget), the tests and the bench.
 */

import type { ModuleSource } from '../course/load.ts';
import { moduleConfig } from '../course/module-config.ts';
import { longestPath } from '../roleplay/graph.ts';
import type { Course } from '../schemas/course.ts';
import { encodeProgress, type ModuleProgress } from './state-codec.ts';

export function worstCaseProgress(
  course: Course,
  module: ModuleSource,
  lang: string,
): ModuleProgress {
  const config = moduleConfig(course, module, lang);
  const roleplays: ModuleProgress['roleplays'] = {};
  for (const id of config.scenarios) {
    const scenario = module.scenarios.find((s) => s.id === id)!;
    const size = (steps: string[]) =>
      encodeProgress({
        revision: 0,
        section: null,
        answers: {},
        roleplays: { [id]: { steps, finished: true } },
      }).length;
    const empty = size([]);
    const longest = longestPath(scenario, (step) => size([step]) - empty);
    roleplays[id] = { steps: longest.steps, finished: true };
  }
  return {
    revision: 36 ** 6 - 1, // far more changes than any learner makes
    section: config.sections[config.sections.length - 1] ?? null,
    answers: Object.fromEntries(
      config.questions.map((q) => [q.id, q.options[q.options.length - 1]]),
    ),
    roleplays,
  };
}

export const worstCaseStateLength = (course: Course, module: ModuleSource, lang: string) =>
  encodeProgress(worstCaseProgress(course, module, lang)).length;
