/** DOM builders for the role-play player. Every author string goes in as text, never as HTML. */

import { t } from '../i18n/page.ts';
import type { PlayState } from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import { el } from './el.ts';

export { el };

const RATING = {
  strong: 'ratingStrong',
  acceptable: 'ratingAcceptable',
  weak: 'ratingWeak',
} as const;
/** Outcome labels in the page's language, read when used (the projector shares them). */
export const OUTCOME = {
  get resolved() {
    return t('outcomeResolved');
  },
  get partly_resolved() {
    return t('outcomePartlyResolved');
  },
  get escalated() {
    return t('outcomeEscalated');
  },
  get ended_safely() {
    return t('outcomeEndedSafely');
  },
};

export function meterGauges(scenario: Scenario, state: PlayState): HTMLElement[] {
  return scenario.meters.map((m) => {
    const value = state.meters[m.id];
    const id = `meter-${scenario.id}-${m.id}`;
    const direction = t(m.good === 'low' ? 'meterLowerBetter' : 'meterHigherBetter');
    const meter = el('meter', {
      id,
      min: m.min,
      max: m.max,
      value,
      className: `gauge good-${m.good}`,
    });
    if (m.good === 'low')
      Object.assign(meter, {
        low: m.min + (m.max - m.min) / 3,
        high: m.min + (2 * (m.max - m.min)) / 3,
        optimum: m.min,
      });
    else
      Object.assign(meter, {
        low: m.min + (m.max - m.min) / 3,
        high: m.min + (2 * (m.max - m.min)) / 3,
        optimum: m.max,
      });
    meter.textContent = t('valueOf', { value, max: m.max });
    return el(
      'div',
      { className: 'rp-meter' },
      el('label', { htmlFor: id }, m.label),
      meter,
      el('span', { className: 'meter-value' }, t('meterReading', { value, max: m.max, direction })),
    );
  });
}

export function lineItem(scenario: Scenario, nodeId: string): HTMLLIElement {
  const node = scenario.nodes.find((n) => n.id === nodeId)!;
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  const who =
    node.kind === 'inner'
      ? t('innerVoice')
      : node.kind === 'narration'
        ? t('narration')
        : (speaker?.name ?? '');
  const item = el('li', { className: `rp-line kind-${node.kind} role-${speaker?.role ?? 'none'}` });
  item.dataset.node = node.id;
  item.append(el('p', { className: 'rp-speaker' }, who));
  if (node.cue) item.append(el('p', { className: 'rp-cue' }, node.cue));
  item.append(el('p', { className: 'rp-text' }, node.text));
  return item;
}

export function choiceItem(choice: Choice, showFeedback: boolean): HTMLLIElement {
  const item = el(
    'li',
    { className: 'rp-line role-employee rp-chosen' },
    el('p', { className: 'rp-speaker' }, t('youSaid')),
    el('p', { className: 'rp-text' }, choice.text),
  );
  if (showFeedback) item.append(feedbackBox(choice));
  return item;
}

export const feedbackBox = (choice: Choice) =>
  el(
    'div',
    { className: `rp-feedback rating-${choice.rating}` },
    el('p', { className: 'rp-rating' }, t(RATING[choice.rating])),
    el('p', {}, choice.feedback),
  );

export const describeState = (scenario: Scenario, state: PlayState) =>
  scenario.meters
    .map((m) => t('meterState', { label: m.label, value: state.meters[m.id], max: m.max }))
    .join('. ');
