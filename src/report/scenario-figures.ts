/**
 * Per-scenario figures: each learner's first play-through (and latest, if they replayed) is
 * rebuilt with the role-play engine from their answers, so SCORM 1.2 letters resolve against the
 * choices actually offered (conditions applied) and the ending reached is the engine's own.
 */
import { availableChoices, CONTINUE, isContinue, next, start } from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import type { Aggregator } from './aggregate.ts';
import type { LearnerFilter } from './figures.ts';

export interface ChoiceFigure {
  id: string;
  text: string;
  rating: Choice['rating'];
  first: number;
  later: number;
}
export interface DecisionFigure {
  node: string;
  text: string;
  learners: number;
  laterLearners: number;
  choices: ChoiceFigure[];
  /** Most learners' first choice here is weak or acceptable. */
  weakMajority: boolean;
}
export interface ScenarioFigure {
  id: string;
  title: string;
  module: string;
  learners: number;
  replayed: number;
  decisions: DecisionFigure[];
  endings: Array<{ id: string; title: string; first: number; later: number }>;
  /** Answers whose response names no choice offered at that node. */
  unresolved: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A response is a choice id, or a SCORM 1.2 letter counting in `offered` (authored order). */
export function resolveChoice<T extends { id: string }>(raw: string, offered: T[]): T | undefined {
  const byId = offered.find((c) => c.id === raw);
  if (byId) return byId;
  return raw.length === 1 ? offered[LETTERS.indexOf(raw.toLowerCase())] : undefined;
}

type Walk = { choices: Map<string, string>; ending?: string; unresolved: number };

function walk(s: Scenario, answerAt: (node: string) => string | undefined): Walk {
  let state = start(s);
  const choices = new Map<string, string>();
  let unresolved = 0;
  for (let guard = 0; guard < 500 && !state.ending; guard++) {
    if (isContinue(s, state)) {
      state = next(s, state, CONTINUE);
      continue;
    }
    const raw = answerAt(state.at);
    if (raw === undefined || choices.has(state.at)) break;
    const choice = resolveChoice(raw, availableChoices(s, state));
    if (!choice) {
      unresolved++;
      break;
    }
    choices.set(state.at, choice.id);
    state = next(s, state, choice.id);
  }
  return { choices, ending: state.ending, unresolved };
}

export function scenarioFigures(
  agg: Aggregator,
  s: Scenario,
  module: string,
  keep?: LearnerFilter,
): ScenarioFigure {
  const nodes = s.nodes.filter((n) => n.choices);
  const byNode = new Map(nodes.map((n) => [n.id, agg.answers.view(`rp.${s.id}.${n.id}`)]));
  const learners = new Set<number>();
  for (const m of byNode.values())
    for (const l of m?.learners() ?? []) if (!keep || keep(l)) learners.add(l);
  const counts = new Map<
    string,
    { first: number; later: number; learners: number; laterLearners: number }
  >();
  const key = (node: string, choice: string) => `${node}\u0000${choice}`;
  const bump = (k: string, field: 'first' | 'later' | 'learners' | 'laterLearners') => {
    const c = counts.get(k) ?? { first: 0, later: 0, learners: 0, laterLearners: 0 };
    c[field]++;
    counts.set(k, c);
  };
  const endings = new Map(s.endings.map((e) => [e.id, { first: 0, later: 0 }]));
  let replayed = 0;
  let unresolved = 0;
  for (const learner of learners) {
    const first = walk(s, (node) => byNode.get(node)?.first(learner));
    const again = [...byNode.values()].some((v) => v?.answeredAgain(learner));
    unresolved += first.unresolved;
    for (const [node, choice] of first.choices) {
      bump(key(node, choice), 'first');
      bump(node, 'learners');
    }
    if (first.ending) endings.get(first.ending)!.first++;
    if (!again) continue;
    replayed++;
    const later = walk(s, (node) => byNode.get(node)?.last(learner));
    unresolved += later.unresolved;
    for (const [node, choice] of later.choices) {
      bump(key(node, choice), 'later');
      bump(node, 'laterLearners');
    }
    if (later.ending) endings.get(later.ending)!.later++;
  }
  const decisions = nodes.map((n): DecisionFigure => {
    const total = counts.get(n.id);
    const choices = (n.choices ?? []).map((c) => ({
      id: c.id,
      text: c.text,
      rating: c.rating,
      first: counts.get(key(n.id, c.id))?.first ?? 0,
      later: counts.get(key(n.id, c.id))?.later ?? 0,
    }));
    const notStrong = choices.filter((c) => c.rating !== 'strong').reduce((t, c) => t + c.first, 0);
    const n1 = total?.learners ?? 0;
    return {
      node: n.id,
      text: n.text,
      learners: n1,
      laterLearners: total?.laterLearners ?? 0,
      choices,
      weakMajority: n1 > 0 && notStrong * 2 > n1,
    };
  });
  return {
    id: s.id,
    title: s.title,
    module,
    learners: learners.size,
    replayed,
    decisions,
    endings: s.endings.map((e) => ({ id: e.id, title: e.title, ...endings.get(e.id)! })),
    unresolved,
  };
}
