/**
 * <role-play>: plays a scenario with the pure engine, keeps its steps in the progress store (so a
 * reload or an LMS relaunch lands on the same node), reports each decision as an interaction and
 * the competency scores as objectives when it ends.
 *
 * A step costs the same at step 1 and step 1,000: the element keeps its play state, appends the
 * new lines and updates the meters in place. The transcript is rebuilt only when the steps change
 * from outside (a restore, a reset, a relaunch). Its lines go in short lists (transcript-parts.ts)
 * that the browser skips while out of view, so a long conversation lays out like a short one.
 */

import { displayedChoices } from '../course/display-order.ts';
import { t } from '../i18n/page.ts';
import {
  availableChoices,
  CONTINUE,
  isContinue,
  next,
  nodeById,
  type PlayState,
  start,
} from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { passMark } from '../tracking/mastery.ts';
import { $progress, reportObjectives, rolePlayProgress } from '../tracking/stores.ts';
import { trackInputKind } from './input-kind.ts';
import { objectives, recordPlayed } from './played-scores.ts';
import { readJson } from './read-json.ts';
import { debrief } from './role-play-debrief.ts';
import {
  choiceItem,
  describeState,
  el,
  lineItem,
  meterGauges,
  updateGauges,
} from './role-play-view.ts';
import { appendLines, inParts, lastLine } from './transcript-parts.ts';

interface ScenarioData {
  scenario: Scenario;
  maxPoints: Record<string, number>;
  competencies: Record<string, string>;
}

class RolePlay extends HTMLElement {
  private data!: ScenarioData;
  private state!: PlayState;
  private shownAt = Date.now();
  private transcript!: HTMLElement;
  // Parts after the transcript, found once: a lookup from the root would walk every line.
  private parts!: Record<'meters' | 'state' | 'actions' | 'ending' | 'announce', HTMLElement>;

  private get scenario() {
    return this.data.scenario;
  }
  private get you() {
    return this.scenario.characters.find((c) => c.role === 'employee');
  }
  private get held() {
    return this.scenario.mode === 'assessment';
  }

  connectedCallback() {
    this.data = readJson<ScenarioData>(this, '[data-scenario-data]');
    this.transcript = this.querySelector('[data-transcript]')!;
    const part = (selector: string) => this.querySelector<HTMLElement>(selector)!;
    this.parts = {
      meters: part('[data-meters]'),
      state: part('[data-state]'),
      actions: part('[data-actions]'),
      ending: part('[data-ending]'),
      announce: part('[data-announce]'),
    };
    trackInputKind();
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
      this.parts.actions
        .querySelectorAll<HTMLButtonElement>('button[data-step]')
        [Number(event.key) - 1]?.click();
    });
    $progress.subscribe((p) => {
      // Our own step is already on screen, and other changes leave our steps as they were;
      // only new steps from outside (restore, reset, relaunch) are drawn afresh.
      const steps = p.roleplays[this.scenario.id]?.steps;
      if (this.state && (steps ?? []).length === 0 && this.state.steps.length === 0) return;
      if (!this.state || steps !== this.state.steps) this.redraw(steps ?? []);
    });
  }

  private take(step: string) {
    const scenario = this.scenario;
    const before = this.state;
    const choices = availableChoices(scenario, before);
    const choice = choices.find((c) => c.id === step);
    if (!choice && step !== CONTINUE) return;
    const after = next(scenario, before, step);
    const interaction = choice && {
      id: `rp.${scenario.id}.${before.at}`,
      // Authored order, not the display order: SCORM 1.2 letters of response and pattern share this list.
      options: choices.map((c) => c.id),
      optionTexts: Object.fromEntries(choices.map((c) => [c.id, c.text])),
      response: choice.id,
      correct: choices.filter((c) => c.rating === 'strong').map((c) => c.id),
      result: ({ strong: 'correct', acceptable: 'neutral', weak: 'wrong' } as const)[choice.rating],
      description: `${scenario.title}: ${nodeById(scenario, before.at)!.text}`,
      timestamp: new Date(),
      latencyMs: Date.now() - this.shownAt,
    };
    this.shownAt = Date.now();
    this.state = after;
    const added: HTMLElement[] = [];
    if (choice) added.push(choiceItem(choice, !this.held, this.you));
    if (!after.ending) added.push(lineItem(scenario, after.at, { avatar: true }));
    appendLines(this.transcript, added);
    this.show(after);
    rolePlayProgress(scenario.id, after.steps, Boolean(after.ending), interaction);
    if (after.ending) this.report(after);
    this.focusNewest(added[added.length - 1]);
  }

  private report(state: PlayState) {
    recordPlayed(this.scenario.id, { points: state.points, max: this.data.maxPoints });
    const mastery = passMark(readJson<{ masteryScore: number }>(document, '[data-module-config]'));
    reportObjectives(objectives(mastery));
  }

  private restart() {
    rolePlayProgress(this.scenario.id, [], false);
    this.focusNewest(lastLine(this.transcript));
  }

  /**
   * Focus follows the conversation without a scroll jump: the page scrolls only as far as needed
   * to show the choices (not at all when they are in view), at once. A smooth scroll kept the main
   * thread drawing frames for ~300 ms after every click; a step moves the page by about one line.
   * Deferred until the frame has laid out the new lines, so focus and scroll force no layout;
   * a learner who moved focus meanwhile (a quick Tab on a slow device) keeps it, and their next key
   * press is not lost on a line.
   */
  private focusNewest(line: HTMLElement | undefined) {
    const ending = this.parts.ending.hidden ? null : this.parts.ending.querySelector('h4');
    const target = ending ?? line;
    if (!target) return;
    target.tabIndex = -1;
    const focusNow = document.activeElement;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!target.isConnected || document.activeElement !== focusNow) return;
        target.focus({ preventScroll: true });
        (ending ?? this.parts.actions).scrollIntoView({
          block: ending ? 'start' : 'nearest',
          behavior: 'instant',
        });
      }),
    );
  }

  /** Draws the whole play-through from saved steps, walking them once. */
  private redraw(steps: readonly string[]) {
    const scenario = this.scenario;
    let state = start(scenario);
    const items: HTMLElement[] = [lineItem(scenario, state.at, { avatar: true })];
    for (const step of steps) {
      const choice = availableChoices(scenario, state).find((c) => c.id === step);
      if (!choice && (step !== CONTINUE || !isContinue(scenario, state))) break;
      state = next(scenario, state, step);
      if (choice) items.push(choiceItem(choice, !this.held, this.you));
      if (!state.ending) items.push(lineItem(scenario, state.at, { avatar: true }));
    }
    this.state = state;
    this.transcript.replaceChildren(...inParts(items));
    this.parts.meters.replaceChildren(...meterGauges(scenario, state));
    // A restored attempt that reached its ending still counts in the competency totals.
    if (state.ending) recordPlayed(scenario.id, { points: state.points, max: this.data.maxPoints });
    this.show(state);
  }

  /** Meters, choices, ending and the spoken announcement for the current state. */
  private show(state: PlayState) {
    updateGauges(this.parts.meters, this.scenario, state);
    this.parts.state.textContent = describeState(this.scenario, state);
    this.renderActions(state);
    const box = this.parts.ending;
    box.hidden = !state.ending;
    this.toggleAttribute('data-ended', Boolean(state.ending));
    if (state.ending || box.firstChild)
      box.replaceChildren(...(state.ending ? debrief(this.scenario, state, this.data) : []));
    const newest = lastLine(this.transcript)?.querySelector('.rp-text')?.textContent ?? '';
    this.parts.announce.textContent = state.ending ? '' : newest;
  }

  private renderActions(state: PlayState) {
    const actions = this.parts.actions;
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
        el('span', {}, c.text),
      );
      button.dataset.step = c.id;
      return el('li', {}, button);
    });
    const promptId = `${this.scenario.id}-prompt`;
    const list = el('ul', { className: 'rp-choices' }, ...buttons);
    list.setAttribute('aria-labelledby', promptId);
    actions.replaceChildren(
      el('p', { className: 'rp-prompt', id: promptId }, t('rolePrompt')),
      list,
      el('p', { className: 'rp-keys hint' }, t('keyHint')),
    );
  }
}

customElements.define('role-play', RolePlay);
