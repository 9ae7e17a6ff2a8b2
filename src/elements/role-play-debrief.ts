/**
 * The debrief at a role-play's ending: outcome, the path as a timeline with each choice's feedback
 * folded (open on demand), a stronger option only where the learner's choice was not the best one
 * offered, the competency points, the debrief text and the lesson.
 */
import { t } from '../i18n/page.ts';
import {
  availableChoices,
  CONTINUE,
  endingById,
  next,
  type PlayState,
  start,
} from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import { el, OUTCOME, ratingLabel } from './role-play-view.ts';

const RANK = { strong: 2, acceptable: 1, weak: 0 } as const;

interface Taken {
  choice: Choice;
  /** The best-rated other choice offered at that moment, when it was rated higher. */
  better?: Choice;
}

/** Walks the steps once, noting what was offered at each decision. */
export function takenPath(scenario: Scenario, steps: readonly string[]): Taken[] {
  let state = start(scenario);
  const taken: Taken[] = [];
  for (const step of steps) {
    if (step !== CONTINUE) {
      const offered = availableChoices(scenario, state);
      const choice = offered.find((c) => c.id === step);
      if (!choice) break;
      const best = [...offered].sort((a, b) => RANK[b.rating] - RANK[a.rating])[0];
      taken.push({ choice, better: RANK[best.rating] > RANK[choice.rating] ? best : undefined });
    }
    state = next(scenario, state, step);
  }
  return taken;
}

function timelineItem({ choice, better }: Taken): HTMLLIElement {
  const item = el(
    'li',
    { className: `rp-step rating-${choice.rating}` },
    el('p', { className: 'rp-step-text' }, choice.text),
    el(
      'details',
      { className: 'rp-why' },
      el('summary', {}, t('feedbackFold', { rating: ratingLabel(choice) })),
      el('p', {}, choice.feedback),
    ),
  );
  if (better)
    item.append(
      el('p', { className: 'rp-better' }, el('strong', {}, t('strongerHere')), ` ${better.text}`),
    );
  return item;
}

/** Steps drawn with the ending; a longer path follows in tasks of as many, so it appears at once. */
const FIRST_STEPS = 40;

/** The timeline of the path: a real scenario's path is drawn whole, a very long one in parts. */
function timeline(taken: Taken[]): HTMLOListElement {
  const list = el(
    'ol',
    { className: 'rp-timeline' },
    ...taken.slice(0, FIRST_STEPS).map(timelineItem),
  );
  let drawn = FIRST_STEPS;
  const more = () => {
    if (!list.isConnected || drawn >= taken.length) return;
    list.append(...taken.slice(drawn, drawn + FIRST_STEPS).map(timelineItem));
    drawn += FIRST_STEPS;
    setTimeout(more);
  };
  if (taken.length > FIRST_STEPS) setTimeout(more);
  return list;
}

export function debrief(
  scenario: Scenario,
  state: PlayState,
  data: { maxPoints: Record<string, number>; competencies: Record<string, string> },
): HTMLElement[] {
  const ending = endingById(scenario, state.ending!)!;
  const taken = takenPath(scenario, state.steps);
  const rows = Object.entries(data.maxPoints).map(([id, max]) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, data.competencies[id] ?? id),
      el('td', {}, t('valueOf', { value: Math.min(state.points[id] ?? 0, max), max })),
    ),
  );
  const restart = el('button', { type: 'button', className: 'button secondary' }, t('tryAgain'));
  restart.dataset.restart = '';
  const heading = el(
    'h4',
    { className: `rp-outcome outcome-${ending.outcome}` },
    t('endingHeading', { outcome: OUTCOME[ending.outcome], title: ending.title }),
  );
  return [
    heading,
    el('p', {}, ending.text),
    el('h5', {}, t('yourPath')),
    taken.every((s) => !s.better)
      ? el('p', { className: 'rp-best-note' }, t('bestPathFound'))
      : el('p', { className: 'hint' }, t('pathHint')),
    timeline(taken),
    el(
      'table',
      { className: 'rp-scores' },
      el('caption', {}, t('pointsCaption')),
      el('tbody', {}, ...rows),
    ),
    el('h5', {}, t('debrief')),
    el('p', {}, ending.debrief),
    el(
      'aside',
      { className: 'key-idea' },
      el('p', { className: 'box-title' }, t('lessonToKeep')),
      el('p', {}, ending.lesson),
    ),
    restart,
  ];
}
