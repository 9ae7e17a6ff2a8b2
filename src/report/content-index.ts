/**
 * Everything the report needs to turn ids back into text: which module, scenario, node, question
 * and option an interaction id names, in the authored order SCORM 1.2 letters index into.
 */
import type { CheckResult } from '../course/check-content.ts';
import { componentTags } from '../course/mdx-references.ts';
import type { Question } from '../schemas/knowledge-check.ts';
import type { Scenario, ScenarioNode } from '../schemas/scenario.ts';

export interface DecisionRef {
  kind: 'decision';
  module: string;
  scenario: Scenario;
  node: ScenarioNode;
  /** The section of the module page the role-play sits in. */
  section?: string;
}
export interface QuestionRef {
  kind: 'question';
  module: string;
  checkId: string;
  checkTitle: string;
  question: Question;
  section?: string;
}
export type InteractionRef = DecisionRef | QuestionRef;

export interface ModuleRef {
  id: string;
  title: string;
  /** The page's sections in order, with their titles (first language). */
  sections: Array<{ id: string; title: string }>;
  scenarios: Scenario[];
  questions: QuestionRef[];
  competencies: Array<{ id: string; label: string }>;
}

export interface ContentIndex {
  courseId: string;
  /**
   * The cmi5 IRI of the course; statements whose activity is not under it are from another course.
   */
  iri: string;
  modules: ModuleRef[];
  interactions: Map<string, InteractionRef>;
  competencies: Map<string, { module: string; label: string }>;
  /** "< 5": cells with fewer learners are hidden. */
  minLearners: number;
}

/** Same rule as scripts/packaging/write-packages.ts (courseIri), kept here so src/ stays pure. */
const iriOf = (c: { iri?: string; id: string }) => c.iri ?? `https://courses.invalid/${c.id}`;

export function indexContent(content: CheckResult): ContentIndex {
  const course = content.course;
  if (!course) throw new Error('content/course.yaml did not load; run npm run check');
  const interactions = new Map<string, InteractionRef>();
  const competencies = new Map<string, { module: string; label: string }>();
  const order = new Map(course.modules.map((id, i) => [id, i]));
  const modules = [...content.modules]
    .sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99))
    .map((m): ModuleRef => {
      const text = Object.values(m.text)[0];
      const meta = text.meta;
      const sections: ModuleRef['sections'] = [];
      /** RolePlay or KnowledgeCheck id → the section it is placed in. */
      const placedIn = new Map<string, string>();
      for (const tag of componentTags(text.body)) {
        const id = tag.attributes.id;
        if (tag.name === 'Section' && id) sections.push({ id, title: tag.attributes.title ?? id });
        else if (id && sections.length) placedIn.set(`${tag.name}:${id}`, sections.at(-1)!.id);
      }
      for (const s of m.scenarios)
        for (const node of s.nodes)
          if (node.choices)
            interactions.set(`rp.${s.id}.${node.id}`, {
              kind: 'decision',
              module: m.id,
              scenario: s,
              node,
              section: placedIn.get(`RolePlay:${s.id}`),
            });
      const questions: QuestionRef[] = m.checks.flatMap((c) =>
        c.questions.map((question) => ({
          kind: 'question' as const,
          module: m.id,
          checkId: c.id,
          checkTitle: c.title,
          question,
          section: placedIn.get(`KnowledgeCheck:${c.id}`),
        })),
      );
      for (const q of questions) interactions.set(`${q.checkId}.${q.question.id}`, q);
      for (const c of meta.competencies) competencies.set(c.id, { module: m.id, label: c.label });
      return {
        id: m.id,
        title: meta.title,
        sections,
        scenarios: m.scenarios,
        questions,
        competencies: meta.competencies,
      };
    });
  return {
    courseId: course.id,
    iri: iriOf(course),
    modules,
    interactions,
    competencies,
    minLearners: course.report?.minLearners ?? 5,
  };
}

/** The option or choice ids of an interaction in authored order (what 1.2 letters count in). */
export const authoredOptions = (ref: InteractionRef): string[] =>
  ref.kind === 'question'
    ? ref.question.options.map((o) => o.id)
    : (ref.node.choices ?? []).map((c) => c.id);
