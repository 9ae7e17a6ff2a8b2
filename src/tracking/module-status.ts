/**
 * Completion, success and score of a module, derived from progress and the module's rules. Pure but
 * for the pass mark, which an LMS may set at launch (./mastery.ts).
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { meetsMastery } from './mastery.ts';
import type { ModuleProgress } from './state-codec.ts';

export interface ModuleStatus {
  sectionsSeen: number;
  /** True when the learner has reached the last section. */
  allSections: boolean;
  questionsAnswered: number;
  rolePlaysFinished: number;
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  scoreRaw?: number;
  progress: number;
}

export function moduleStatus(config: ModuleConfig, p: ModuleProgress): ModuleStatus {
  const sectionsSeen = p.section ? config.sections.indexOf(p.section) + 1 : 0;
  const allSections = sectionsSeen >= config.sections.length;
  const answered = config.questions.filter((q) => p.answers[q.id]);
  const right = answered.filter((q) => p.answers[q.id] === q.correct).length;
  const rolePlaysFinished = config.scenarios.filter((id) => p.roleplays[id]?.finished).length;
  const activitiesDone =
    answered.length === config.questions.length && rolePlaysFinished === config.scenarios.length;
  const done = allSections && (config.completion === 'all_sections' || activitiesDone);
  const allAnswered = config.questions.length > 0 && answered.length === config.questions.length;
  const scoreRaw = allAnswered ? Math.round((100 * right) / config.questions.length) : undefined;
  const units = config.sections.length + config.questions.length + config.scenarios.length;
  return {
    sectionsSeen,
    allSections,
    questionsAnswered: answered.length,
    rolePlaysFinished,
    completion: done ? 'completed' : 'incomplete',
    success:
      scoreRaw === undefined ? 'unknown' : meetsMastery(scoreRaw, config) ? 'passed' : 'failed',
    scoreRaw,
    progress: units ? (sectionsSeen + answered.length + rolePlaysFinished) / units : 1,
  };
}
