/** DOM builders for the role-play player. Every author string goes in as text, never as HTML. */
import type { Choice, Scenario } from '../schemas/scenario.ts';
import type { PlayState } from '../roleplay/engine.ts';

import { el } from './el.ts';

export { el };

const RATING = { strong: 'Strong choice', acceptable: 'Acceptable choice', weak: 'Weak choice' } as const;
export const OUTCOME = { resolved: 'Resolved', partly_resolved: 'Partly resolved', escalated: 'Escalated', ended_safely: 'Ended safely' } as const;

export function meterGauges(scenario: Scenario, state: PlayState): HTMLElement[] {
  return scenario.meters.map((m) => {
    const value = state.meters[m.id];
    const id = `meter-${scenario.id}-${m.id}`;
    const direction = m.good === 'low' ? 'lower is better' : 'higher is better';
    const meter = el('meter', { id, min: m.min, max: m.max, value, className: `gauge good-${m.good}` });
    if (m.good === 'low') Object.assign(meter, { low: m.min + (m.max - m.min) / 3, high: m.min + (2 * (m.max - m.min)) / 3, optimum: m.min });
    else Object.assign(meter, { low: m.min + (m.max - m.min) / 3, high: m.min + (2 * (m.max - m.min)) / 3, optimum: m.max });
    meter.textContent = `${value} of ${m.max}`;
    return el('div', { className: 'rp-meter' }, el('label', { htmlFor: id }, m.label), meter, el('span', { className: 'meter-value' }, `${value} / ${m.max} (${direction})`));
  });
}

export function lineItem(scenario: Scenario, nodeId: string): HTMLLIElement {
  const node = scenario.nodes.find((n) => n.id === nodeId)!;
  const speaker = scenario.characters.find((c) => c.id === node.speaker);
  const who = node.kind === 'inner' ? 'Your inner voice' : node.kind === 'narration' ? 'Scene' : `${speaker?.name ?? ''}`;
  const item = el('li', { className: `rp-line kind-${node.kind} role-${speaker?.role ?? 'none'}` });
  item.dataset.node = node.id;
  item.append(el('p', { className: 'rp-speaker' }, who));
  if (node.cue) item.append(el('p', { className: 'rp-cue' }, node.cue));
  item.append(el('p', { className: 'rp-text' }, node.text));
  return item;
}

export function choiceItem(choice: Choice, showFeedback: boolean): HTMLLIElement {
  const item = el('li', { className: 'rp-line role-employee rp-chosen' }, el('p', { className: 'rp-speaker' }, 'You said'), el('p', { className: 'rp-text' }, choice.text));
  if (showFeedback) item.append(feedbackBox(choice));
  return item;
}

export const feedbackBox = (choice: Choice) =>
  el('div', { className: `rp-feedback rating-${choice.rating}` }, el('p', { className: 'rp-rating' }, RATING[choice.rating]), el('p', {}, choice.feedback));

export const describeState = (scenario: Scenario, state: PlayState) =>
  scenario.meters.map((m) => `${m.label}: ${state.meters[m.id]} of ${m.max}`).join('. ');
