/** DOM builders for the role-play player. Every author string goes in as text, never as HTML. */

import { t } from '../i18n/page.ts';
import { nodeById } from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import { el } from './el.ts';
import { initials } from './initials.ts';

export { el };

type Character = Scenario['characters'][number];

export { describeState, meterGauges, updateGauges } from './role-play-meters.ts';

const RATING = {
  strong: 'ratingStrong',
  acceptable: 'ratingAcceptable',
  weak: 'ratingWeak',
} as const;
export const ratingLabel = (choice: Choice) => t(RATING[choice.rating]);

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

export const avatar = (name: string, role: Character['role'] | 'none') =>
  el('span', { className: `rp-avatar role-${role}`, ariaHidden: 'true' }, initials(name));

export function lineItem(
  scenario: Scenario,
  nodeId: string,
  options: { avatar?: boolean } = {},
): HTMLLIElement {
  const node = nodeById(scenario, nodeId)!;
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  const who =
    node.kind === 'inner'
      ? t('innerVoice')
      : node.kind === 'narration'
        ? t('narration')
        : (speaker?.name ?? '');
  const item = el('li', { className: `rp-line kind-${node.kind} role-${speaker?.role ?? 'none'}` });
  item.dataset.node = node.id;
  if (options.avatar && node.kind === 'line' && speaker)
    item.append(avatar(speaker.name, speaker.role));
  const bubble = el('div', { className: 'rp-bubble' }, el('p', { className: 'rp-speaker' }, who));
  if (node.cue) bubble.append(el('p', { className: 'rp-cue' }, node.cue));
  bubble.append(el('p', { className: 'rp-text' }, node.text));
  item.append(bubble);
  return item;
}

export function choiceItem(choice: Choice, showFeedback: boolean, you?: Character): HTMLLIElement {
  const bubble = el(
    'div',
    { className: 'rp-bubble' },
    el('p', { className: 'rp-speaker' }, t('youSaid')),
    el('p', { className: 'rp-text' }, choice.text),
  );
  if (showFeedback) bubble.append(feedbackBox(choice));
  const item = el('li', { className: 'rp-line role-employee rp-chosen' });
  if (you) item.append(avatar(you.name, 'employee'));
  item.append(bubble);
  return item;
}

export const feedbackBox = (choice: Choice) =>
  el(
    'div',
    { className: `rp-feedback rating-${choice.rating}` },
    el('p', { className: 'rp-rating' }, ratingLabel(choice)),
    el('p', {}, choice.feedback),
  );
