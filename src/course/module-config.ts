/**
 * What the browser needs to know about a module to track it: ids for the state codec, the
 * questions' right answers for the score, the rules for completion. Serialised into the page.
 */
import type { Course } from '../schemas/course.ts';
import type { CodecIndex } from '../tracking/state-codec.ts';
import type { ModuleSource } from './load.ts';
import { componentTags, idsOf } from './mdx-references.ts';

export interface ModuleConfig {
  courseId: string;
  moduleId: string;
  lang: string;
  title: string;
  masteryScore: number;
  completion: 'all_sections' | 'all_sections_and_activities';
  sendReflectionsToLms: boolean;
  sections: string[];
  /** Every question of the module with its correct option, in page order. */
  questions: Array<{ id: string; check: string; options: string[]; correct: string }>;
  /** Scenarios placed on the page, in order. */
  scenarios: string[];
  competencies: Array<{ id: string; label: string }>;
  codec: CodecIndex;
}

export function moduleConfig(course: Course, module: ModuleSource, lang: string): ModuleConfig {
  const text = module.text[lang];
  const tags = componentTags(text.body);
  const placedChecks = idsOf(tags, 'KnowledgeCheck');
  const placedScenarios = idsOf(tags, 'RolePlay');
  const checks = placedChecks.flatMap((id) => module.checks.filter((c) => c.id === id));
  const scenarios = placedScenarios.flatMap((id) => module.scenarios.filter((s) => s.id === id));
  const questions = checks.flatMap((check) =>
    check.questions.map((q) => ({
      id: q.id,
      check: check.id,
      options: q.options.map((o) => o.id),
      correct: q.options.find((o) => o.correct)!.id,
    })),
  );
  return {
    courseId: course.id,
    moduleId: module.id,
    lang,
    title: text.meta.title,
    masteryScore: text.meta.masteryScore ?? course.tracking.masteryScore,
    completion: text.meta.completion ?? course.tracking.completion,
    sendReflectionsToLms: course.tracking.sendReflectionsToLms,
    sections: idsOf(tags, 'Section'),
    questions,
    scenarios: scenarios.map((s) => s.id),
    competencies: text.meta.competencies,
    codec: {
      sections: idsOf(tags, 'Section'),
      questions: Object.fromEntries(questions.map((q) => [q.id, q.options])),
      scenarios: Object.fromEntries(
        scenarios.map((s) => [s.id, s.nodes.flatMap((n) => (n.choices ?? []).map((c) => c.id))]),
      ),
    },
  };
}
