/** Turns the aggregated summaries into the figures the page and the CSV show. */
import type { Scenario } from '../schemas/scenario.ts';
import type { Aggregator } from './aggregate.ts';
import { resolveChoice, type ScenarioFigure, scenarioFigures } from './scenario-figures.ts';

/** Upper bounds of the score buckets (0–100): 0–19, 20–39, 40–59, 60–79, 80–100. */
export const SCORE_BUCKETS = ['0–19', '20–39', '40–59', '60–79', '80–100'];
export const TIME_BUCKETS = ['< 5 min', '5–10 min', '10–20 min', '20–40 min', '40 min or more'];
const bucketOfScore = (score: number) => Math.min(4, Math.floor(Math.max(0, score) / 20));
const bucketOfMinutes = (m: number) => (m < 5 ? 0 : m < 10 ? 1 : m < 20 ? 2 : m < 40 ? 3 : 4);

export interface ModuleFigure {
  id: string;
  title: string;
  learners: number;
  completed: number;
  passed: number;
  /** Learners with a pass or fail verdict (the base of the pass rate). */
  judged: number;
  scores: number[];
  times: number[];
  medianMinutes?: number;
  /** Where learners stopped, per section in page order (all learners, and those not completed). */
  stops: Array<{ id: string; title: string; learners: number; notCompleted: number }>;
  /**
   * Learners whose stop comes from a saved location (the rest: the section of their last answer).
   */
  stopsFromLocation: number;
}
export interface QuestionFigure {
  key: string;
  module: string;
  check: string;
  prompt: string;
  learners: number;
  correct: number;
  options: Array<{ id: string; text: string; correct: boolean; first: number }>;
  /** The wrong option drawing most learners. */
  distractor?: string;
  flag?: 'nearly everyone right' | 'nearly everyone wrong';
  unresolved: number;
}
export interface CompetencyFigure {
  id: string;
  label: string;
  module: string;
  learners: number;
  scores: number[];
}
export interface Figures {
  courseId: string;
  minLearners: number;
  period?: { min: number; max: number };
  counts: Aggregator['counts'];
  problems: Aggregator['problems'];
  unknownIds: Array<[string, number]>;
  modules: ModuleFigure[];
  scenarios: ScenarioFigure[];
  questions: QuestionFigure[];
  competencies: CompetencyFigure[];
  /** The scenarios themselves, to draw where each choice leads. */
  scenarioContent: Map<string, Scenario>;
}

const median = (xs: number[]) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Only the learners `keep` accepts (a group), or all. */
export type LearnerFilter = (learner: number) => boolean;

function kept<V>(map: Map<number, V> | undefined, keep?: LearnerFilter): Map<number, V> {
  if (!map || !keep) return map ?? new Map();
  return new Map([...map].filter(([l]) => keep(l)));
}

export function figures(agg: Aggregator, keep?: LearnerFilter): Figures {
  const index = agg.index;
  const modules = index.modules.map((m): ModuleFigure => {
    const learners = [...kept(agg.modules.get(m.id), keep).values()];
    const stops = m.sections.map((s) => ({ ...s, learners: 0, notCompleted: 0 }));
    for (const l of learners) {
      const at = stops.find((s) => s.id === l.stop);
      if (!at) continue;
      at.learners++;
      if (!l.completed) at.notCompleted++;
    }
    const scores = [0, 0, 0, 0, 0];
    const times = [0, 0, 0, 0, 0];
    const minutes: number[] = [];
    for (const l of learners) {
      if (l.score !== undefined) scores[bucketOfScore(l.score)]++;
      if (l.durationMs > 0) {
        minutes.push(l.durationMs / 60000);
        times[bucketOfMinutes(l.durationMs / 60000)]++;
      }
    }
    const med = median(minutes);
    return {
      id: m.id,
      title: m.title,
      learners: learners.length,
      completed: learners.filter((l) => l.completed).length,
      passed: learners.filter((l) => l.passed).length,
      judged: learners.filter((l) => l.passed || l.failed).length,
      scores,
      times,
      medianMinutes: med === undefined ? undefined : Math.round(med),
      stops,
      stopsFromLocation: learners.filter((l) => l.stopFromLocation).length,
    };
  });
  const questions = index.modules.flatMap((m) =>
    m.questions.map((q): QuestionFigure => {
      const key = `${q.checkId}.${q.question.id}`;
      const options = q.question.options.map((o) => ({ ...o, first: 0 }));
      let unresolved = 0;
      const view = agg.answers.view(key);
      for (const learner of view?.learners() ?? []) {
        if (keep && !keep(learner)) continue;
        const o = resolveChoice(view!.first(learner)!, options);
        if (o) o.first++;
        else unresolved++;
      }
      const learners = options.reduce((t, o) => t + o.first, 0);
      const correct = options.find((o) => o.correct)?.first ?? 0;
      const wrong = options
        .filter((o) => !o.correct && o.first > 0)
        .sort((a, b) => b.first - a.first);
      const share = learners ? correct / learners : 0;
      return {
        key,
        module: m.id,
        check: q.checkTitle,
        prompt: q.question.prompt,
        learners,
        correct,
        options: options.map(({ id, text, correct, first }) => ({ id, text, correct, first })),
        distractor: wrong[0]?.id,
        flag:
          learners >= index.minLearners
            ? share >= 0.9
              ? 'nearly everyone right'
              : share <= 0.3
                ? 'nearly everyone wrong'
                : undefined
            : undefined,
        unresolved,
      };
    }),
  );
  const competencies = [...index.competencies].map(([id, c]): CompetencyFigure => {
    const scores = [0, 0, 0, 0, 0];
    const byLearner = kept(agg.objectives.get(id), keep);
    for (const s of byLearner.values()) scores[bucketOfScore(s * 100)]++;
    return { id, label: c.label, module: c.module, learners: byLearner.size, scores };
  });
  return {
    courseId: index.courseId,
    minLearners: index.minLearners,
    period: agg.period,
    counts: { ...agg.counts },
    problems: agg.problems,
    unknownIds: [...agg.unknownIds].sort((a, b) => b[1] - a[1]),
    modules,
    scenarios: index.modules.flatMap((m) =>
      m.scenarios.map((s) => scenarioFigures(agg, s, m.id, keep)),
    ),
    questions,
    competencies,
    scenarioContent: new Map(index.modules.flatMap((m) => m.scenarios.map((s) => [s.id, s]))),
  };
}
