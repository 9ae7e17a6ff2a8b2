/**
 * The longest saved state a module can produce: every section seen, every question answered, and
 * each role-play on its longest path (found by walking every path). Used by the tests and the bench
 * to prove the state fits SCORM 1.2's 4,096 characters.
 */

import type { ModuleSource } from '../course/load.ts';
import { moduleConfig } from '../course/module-config.ts';
import { walkPaths } from '../roleplay/paths.ts';
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
    const paths = walkPaths(scenario).complete;
    const longest = paths.reduce((a, b) =>
      encodeProgress({
        revision: 0,
        section: null,
        answers: {},
        roleplays: { [id]: { steps: b.steps, finished: true } },
      }).length >
      encodeProgress({
        revision: 0,
        section: null,
        answers: {},
        roleplays: { [id]: { steps: a.steps, finished: true } },
      }).length
        ? b
        : a,
    );
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
