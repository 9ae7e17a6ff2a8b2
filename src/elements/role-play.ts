/**
 * <role-play>: plays a scenario with the pure engine, keeps its steps in the progress store (so a
 * reload or an LMS relaunch lands on the same node), reports each decision as an interaction and
 * the competency scores as objectives when it ends.
 */

import { displayedChoices } from '../course/display-order.ts';
import { t } from '../i18n/page.ts';
import {
  availableChoices,
  CONTINUE,
  isContinue,
  next,
  type PlayState,
  replay,
  visitedNodes,
} from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { passMark } from '../tracking/mastery.ts';
import { $progress, reportObjectives, rolePlayProgress } from '../tracking/stores.ts';
import type { ObjectiveRecord } from '../tracking/types.ts';
import { readJson } from './read-json.ts';
import {
  choiceItem,
  describeState,
  el,
  feedbackBox,
  lineItem,
  meterGauges,
  OUTCOME,
} from './role-play-view.ts';

interface ScenarioData {
  scenario: Scenario;
  best: string[];
  maxPoints: Record<string, number>;
  competencies: Record<string, string>;
}

/** Competency points of every role-play on the page that has reached an ending. */
const endedScores = new Map<
  string,
  { points: Record<string, number>; max: Record<string, number> }
>();

function objectives(mastery: number): ObjectiveRecord[] {
  const totals = new Map<string, { earned: number; max: number }>();
  for (const { points, max } of endedScores.values()) {
    for (const [id, m] of Object.entries(max)) {
      const t = totals.get(id) ?? { earned: 0, max: 0 };
      totals.set(id, { earned: t.earned + Math.min(points[id] ?? 0, m), max: t.max + m });
    }
  }
  return [...totals]
    .filter(([, t]) => t.max > 0)
    .map(([id, t]) => ({
      id,
      scaled: t.earned / t.max,
      passed: t.earned / t.max >= mastery / 100,
    }));
}

class RolePlay extends HTMLElement {
  private data!: ScenarioData;
  private rendered = '';
  private shownAt = Date.now();

  private get scenario() {
    return this.data.scenario;
  }
  private get steps(): string[] {
    return $progress.get().roleplays[this.scenario.id]?.steps ?? [];
  }

  connectedCallback() {
    this.data = readJson<ScenarioData>(this, '[data-scenario-data]');
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>(
        'button[data-step], button[data-restart]',
      );
      if (button?.dataset.step) this.take(button.dataset.step);
      else if (button?.hasAttribute('data-restart')) this.restart();
    });
    this.addEventListener('keydown', (event) => {
      if (!/^[1-4]$/.test(event.key) || (event.target as HTMLElement).matches('input, textarea'))
        return;
      this.querySelectorAll<HTMLButtonElement>('[data-actions] button[data-step]')[
        Number(event.key) - 1
      ]?.click();
    });
    $progress.subscribe(() => this.render());
  }

  private take(step: string) {
    const before = replay(this.scenario, this.steps);
    const after = next(this.scenario, before, step);
    const choices = availableChoices(this.scenario, before);
    const choice = choices.find((c) => c.id === step);
    const interaction = choice && {
      id: `rp.${this.scenario.id}.${before.at}`,
      // Authored order, not the display order: SCORM 1.2 letters of response and pattern share this list.
      options: choices.map((c) => c.id),
      optionTexts: Object.fromEntries(choices.map((c) => [c.id, c.text])),
      response: choice.id,
      correct: choices.filter((c) => c.rating === 'strong').map((c) => c.id),
      result: ({ strong: 'correct', acceptable: 'neutral', weak: 'wrong' } as const)[choice.rating],
      description: `${this.scenario.title}: ${this.scenario.nodes.find((n) => n.id === before.at)!.text}`,
      timestamp: new Date(),
      latencyMs: Date.now() - this.shownAt,
    };
    this.shownAt = Date.now();
    rolePlayProgress(this.scenario.id, after.steps, Boolean(after.ending), interaction);
    if (after.ending) this.report(after);
    this.focusNewest();
  }

  private report(state: PlayState) {
    endedScores.set(this.scenario.id, { points: state.points, max: this.data.maxPoints });
    const mastery = passMark(readJson<{ masteryScore: number }>(document, '[data-module-config]'));
    reportObjectives(objectives(mastery));
  }

  private restart() {
    rolePlayProgress(this.scenario.id, [], false);
    this.focusNewest();
  }

  private focusNewest() {
    const lines = this.querySelectorAll<HTMLElement>('[data-transcript] > li');
    const target =
      this.querySelector<HTMLElement>('[data-ending]:not([hidden]) h4') ?? lines[lines.length - 1];
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  }

  private render() {
    const steps = this.steps;
    if (steps.join() === this.rendered && this.querySelector('[data-transcript] li')) return;
    this.rendered = steps.join();
    const scenario = this.scenario;
    const state = replay(scenario, steps);
    // A restored attempt that reached its ending still counts in the competency totals.
    if (state.ending)
      endedScores.set(scenario.id, { points: state.points, max: this.data.maxPoints });
    const held = scenario.mode === 'assessment' && !state.ending;
    const visited = visitedNodes(scenario, state.steps);
    const transcript = this.querySelector('[data-transcript]')!;
    transcript.replaceChildren(lineItem(scenario, visited[0]));
    state.steps.forEach((step, i) => {
      const choice = scenario.nodes
        .find((n) => n.id === visited[i])
        ?.choices?.find((c) => c.id === step);
      if (choice) transcript.append(choiceItem(choice, !held));
      const arrived = visited[i + 1];
      if (scenario.nodes.some((n) => n.id === arrived))
        transcript.append(lineItem(scenario, arrived));
    });
    this.querySelector('[data-meters]')!.replaceChildren(
      el('p', { className: 'visually-hidden' }, describeState(scenario, state)),
      ...meterGauges(scenario, state),
    );
    this.renderActions(state);
    this.renderEnding(state);
    const newest = transcript.lastElementChild?.querySelector('.rp-text')?.textContent ?? '';
    this.querySelector('[data-announce]')!.textContent = state.ending ? '' : newest;
  }

  private renderActions(state: PlayState) {
    const actions = this.querySelector('[data-actions]')!;
    if (state.ending) return actions.replaceChildren();
    if (isContinue(this.scenario, state)) {
      const button = el('button', { type: 'button', className: 'button' }, t('continue'));
      button.dataset.step = CONTINUE;
      return actions.replaceChildren(button);
    }
    // Shuffled by id (src/course/display-order.ts) so the strong choice is not always first; keys 1–4 follow.
    const buttons = displayedChoices(this.scenario, state).map((c, i) => {
      const button = el(
        'button',
        { type: 'button', className: 'choice' },
        el('span', { className: 'choice-key', ariaHidden: 'true' }, `${i + 1}`),
        c.text,
      );
      button.dataset.step = c.id;
      return el('li', {}, button);
    });
    actions.replaceChildren(
      el('p', { className: 'rp-prompt', id: `${this.scenario.id}-prompt` }, t('rolePrompt')),
      el('ul', { className: 'rp-choices' }, ...buttons),
    );
    actions.querySelector('ul')!.setAttribute('aria-labelledby', `${this.scenario.id}-prompt`);
  }

  private renderEnding(state: PlayState) {
    const box = this.querySelector<HTMLElement>('[data-ending]')!;
    box.hidden = !state.ending;
    if (!state.ending) return box.replaceChildren();
    const scenario = this.scenario;
    const ending = scenario.endings.find((e) => e.id === state.ending)!;
    const choiceText = (steps: string[]) =>
      steps
        .filter((s) => s !== CONTINUE)
        .map((s) => scenario.nodes.flatMap((n) => n.choices ?? []).find((c) => c.id === s)!);
    const mine = choiceText(state.steps);
    const best = choiceText(this.data.best);
    const sameAsBest = mine.map((c) => c.id).join() === best.map((c) => c.id).join();
    const rows = Object.entries(this.data.maxPoints).map(([id, max]) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, this.data.competencies[id] ?? id),
        el('td', {}, t('valueOf', { value: Math.min(state.points[id] ?? 0, max), max })),
      ),
    );
    const restart = el('button', { type: 'button', className: 'button' }, t('tryAgain'));
    restart.dataset.restart = '';
    box.replaceChildren(
      el('h4', {}, t('endingHeading', { outcome: OUTCOME[ending.outcome], title: ending.title })),
      el('p', {}, ending.text),
      el(
        'div',
        { className: 'rp-paths' },
        el(
          'div',
          {},
          el('h5', {}, t('yourPath')),
          el('ol', {}, ...mine.map((c) => el('li', {}, c.text, feedbackBox(c)))),
        ),
        sameAsBest
          ? el('p', { className: 'rp-best-note' }, t('bestPathFound'))
          : el(
              'div',
              {},
              el('h5', {}, t('strongerPath')),
              el('ol', {}, ...best.map((c) => el('li', {}, c.text))),
            ),
      ),
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
    );
  }
}

customElements.define('role-play', RolePlay);
