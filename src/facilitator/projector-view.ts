/**
 * DOM builders for projector mode: the moment on screen (meters, the line, the revealed
 * consequence) beside the choices with their vote fields, and the group's debrief. Author text goes
 * in as text, never as HTML. Only the current moment is built, so a step costs the same at any
 * depth.
 */

import { displayedChoices } from '../course/display-order.ts';
import { el, feedbackBox, lineItem, meterGauges, OUTCOME } from '../elements/role-play-view.ts';
import { t } from '../i18n/page.ts';
import type { KitBrowserKey } from '../i18n/ui.ts';
import { isContinue, type PlayState } from '../roleplay/engine.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import type { ProjectorState } from './projector-state.ts';

export type Text = (key: KitBrowserKey, values?: Record<string, string | number>) => string;

function choiceRow(c: Choice, i: number, state: ProjectorState, text: Text): HTMLLIElement {
  const picked = state.picked === c.id;
  const button = el(
    'button',
    { type: 'button', className: `choice${picked ? ' picked' : ''}` },
    el('span', { className: 'choice-key' }, `${i + 1}`),
    el('span', { className: 'choice-text' }, c.text),
  );
  button.dataset.key = String(i + 1);
  button.setAttribute('aria-pressed', String(picked));
  if (picked) button.append(el('span', { className: 'picked-label' }, text('kitRoomsChoice')));
  const count = el('input', {
    type: 'number',
    min: '0',
    inputMode: 'numeric',
    value: String(state.votes[state.steps.length]?.[c.id] ?? ''),
    className: 'vote',
  });
  count.dataset.vote = c.id;
  // The visible word "Votes" is the start of the accessible name (WCAG 2.5.3, label in name).
  count.setAttribute('aria-label', text('kitVotesFor', { n: i + 1 }));
  const field = el(
    'label',
    { className: 'vote-field' },
    el('span', { ariaHidden: 'true' }, text('kitVotesShort')),
    count,
  );
  return el('li', {}, button, field);
}

/** The moment on screen; `hint` says which key comes next. */
export function momentView(
  s: Scenario,
  play: PlayState,
  state: ProjectorState,
  text: Text,
): { parts: Node[]; line: HTMLElement } {
  const line = lineItem(s, play.at);
  line.classList.add('projector-line');
  const meters = el('div', { className: 'rp-meters' }, ...meterGauges(s, play));
  // The meters move only when the consequence is revealed, so they never give the answer away.
  meters.hidden = Boolean(state.picked && !state.revealed);
  const scene = el(
    'div',
    { className: 'projector-scene' },
    el('ol', { className: 'rp-transcript' }, line),
  );
  if (isContinue(s, play)) {
    scene.prepend(meters);
    const hint = el('p', { className: 'projector-hint' }, text('kitPressContinue'));
    return { parts: [el('div', { className: 'projector-moment' }, scene), hint], line };
  }
  // Same order as `pick` (keys 1–4) and the learner's player: src/course/display-order.ts.
  const choices = displayedChoices(s, play);
  const picked = choices.find((c) => c.id === state.picked);
  if (picked && state.revealed) scene.append(feedbackBox(picked));
  scene.append(meters);
  const list = el(
    'ul',
    { className: 'rp-choices projector-choices' },
    ...choices.map((c, i) => choiceRow(c, i, state, text)),
  );
  const key = state.picked ? (state.revealed ? 'kitPressGoOn' : 'kitPressReveal') : 'kitPressPick';
  const hint = el('p', { className: 'projector-hint' }, text(key));
  return {
    parts: [el('div', { className: 'projector-moment has-choices' }, scene, list), hint],
    line,
  };
}

/**
 * How the room's votes split at one decision (the other choices, with their counts), when votes
 * were counted for more than the choice taken.
 */
function voteSplit(
  s: Scenario,
  taken: Choice,
  votes: Record<string, number> | undefined,
  text: Text,
): HTMLUListElement | undefined {
  const others =
    s.nodes.find((n) => n.choices?.includes(taken))?.choices?.filter((c) => c !== taken) ?? [];
  const counted = others.filter((c) => (votes?.[c.id] ?? 0) > 0);
  if (!counted.length) return undefined;
  return el(
    'ul',
    { className: 'vote-split' },
    ...counted.map((c) => el('li', {}, `${c.text} ${text('kitVotes', { n: votes![c.id] })}`)),
  );
}

/** The group's ending and debrief; `choiceById` is built once per scenario. */
export function debriefView(
  s: Scenario,
  endingId: string,
  state: ProjectorState,
  choiceById: Map<string, Choice>,
  questions: string[],
  text: Text,
): Node[] {
  const ending = s.endings.find((e) => e.id === endingId)!;
  const path = state.steps.flatMap((step, i) => {
    const choice = choiceById.get(step);
    return choice
      ? [
          {
            choice,
            votes: state.votes[i]?.[choice.id],
            split: voteSplit(s, choice, state.votes[i], text),
          },
        ]
      : [];
  });
  const story = el(
    'div',
    { className: 'projector-debrief-story' },
    el(
      'h2',
      { tabIndex: -1, className: 'projector-ending' },
      t('endingHeading', { outcome: OUTCOME[ending.outcome], title: ending.title }),
    ),
    el('p', {}, ending.text),
    el('p', { className: 'key-idea' }, text('kitLesson', { lesson: ending.lesson })),
    el('h3', {}, t('debrief')),
    el('p', {}, ending.debrief),
  );
  const room = el(
    'div',
    { className: 'projector-debrief-room' },
    el('h3', {}, text('kitGroupPath')),
    el(
      'ol',
      { className: 'group-path' },
      ...path.map((p) =>
        el(
          'li',
          {},
          p.choice.text,
          p.votes !== undefined ? ` ${text('kitVotes', { n: p.votes })}` : '',
          ...(p.split ? [p.split] : []),
        ),
      ),
    ),
    el('h3', {}, text('kitRoomQuestions')),
    el('ul', {}, ...questions.map((q) => el('li', {}, q))),
  );
  return [
    el('div', { className: 'projector-debrief' }, story, room),
    el('p', { className: 'projector-hint' }, text('kitPressExplore')),
  ];
}
