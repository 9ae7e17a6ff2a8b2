/**
 * <projector-mode>: a scenario on the classroom screen. The facilitator records the room's choice
 * (1–4, with optional vote counts), reveals feedback and meters (R), goes on (N or Enter), goes back
 * to explore the road not taken (B), toggles full screen (F), the timer (T) and help (?).
 */

import { displayedChoices } from '../course/display-order.ts';
import { readJson } from '../elements/read-json.ts';
import { el, feedbackBox, lineItem, meterGauges, OUTCOME } from '../elements/role-play-view.ts';
import { fill } from '../i18n/fill.ts';
import { t } from '../i18n/page.ts';
import type { KitBrowserKey } from '../i18n/ui.ts';
import { isContinue } from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import {
  advance,
  back,
  initialProjector,
  type ProjectorState,
  pick,
  playState,
  reveal,
  vote,
} from './projector-state.ts';

class ProjectorMode extends HTMLElement {
  private scenario!: Scenario;
  private questions: string[] = [];
  /** The projector's own strings in the page's language (KIT_BROWSER_KEYS, from the page's payload). */
  private ui = {} as Record<KitBrowserKey, string>;
  private state: ProjectorState = initialProjector();
  private timerStart = 0;
  private timerElapsed = 0;
  private timerId: ReturnType<typeof setInterval> | undefined;

  connectedCallback() {
    const data = readJson<{
      scenario: Scenario;
      questions: string[];
      ui: Record<KitBrowserKey, string>;
    }>(this, '[data-scenario-data]');
    this.scenario = data.scenario;
    this.questions = data.questions;
    this.ui = data.ui;
    document.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
      if (b) this.command(b.dataset.key!);
    });
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.dataset.vote)
        this.state = vote(this.state, input.dataset.vote, Number(input.value) || 0);
    });
    this.render();
  }

  private onKey(event: KeyboardEvent) {
    if (
      (event.target as HTMLElement).matches('input, textarea') ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return;
    const key = event.key === 'Enter' ? 'n' : event.key.toLowerCase();
    if (!/^[1-4nrbft?h]$/.test(key) && key !== 'escape') return;
    event.preventDefault();
    this.command(key);
  }

  private text(key: KitBrowserKey, values: Record<string, string | number> = {}): string {
    return fill(this.ui[key] ?? key, values);
  }

  private command(key: string) {
    const s = this.scenario;
    if (/^[1-4]$/.test(key)) this.state = pick(s, this.state, Number(key));
    if (key === 'r') this.state = reveal(this.state);
    if (key === 'n') this.state = advance(s, this.state);
    if (key === 'b') this.state = back(this.state);
    if (key === 'f')
      void (
        document.fullscreenElement ? document.exitFullscreen() : this.requestFullscreen?.()
      ).catch?.(() => {});
    if (key === 't') this.toggleTimer();
    if (key === '?' || key === 'h')
      this.querySelector<HTMLElement>('[data-help]')!.hidden =
        !this.querySelector<HTMLElement>('[data-help]')!.hidden;
    if (key === 'escape') this.querySelector<HTMLElement>('[data-help]')!.hidden = true;
    this.render();
  }

  private toggleTimer() {
    const out = this.querySelector<HTMLElement>('[data-timer]')!;
    if (this.timerId) {
      clearInterval(this.timerId);
      this.timerId = undefined;
      this.timerElapsed += Date.now() - this.timerStart;
      return;
    }
    this.timerStart = Date.now();
    const tick = () => {
      const s = Math.floor((this.timerElapsed + Date.now() - this.timerStart) / 1000);
      out.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    };
    tick();
    this.timerId = setInterval(tick, 1000);
  }

  private render() {
    const s = this.scenario;
    const play = playState(s, this.state);
    const stage = this.querySelector('[data-stage]')!;
    if (play.ending) return void stage.replaceChildren(...this.debrief(play.ending));
    const line = lineItem(s, play.at);
    line.classList.add('projector-line');
    const parts: Node[] = [el('ol', { className: 'rp-transcript' }, line)];
    if (isContinue(s, play))
      parts.push(el('p', { className: 'projector-hint' }, this.text('kitPressContinue')));
    else {
      // Same order as `pick` (keys 1–4) and the learner's player: src/course/display-order.ts.
      const choices = displayedChoices(s, play).map((c, i) => {
        const picked = this.state.picked === c.id;
        const count = el('input', {
          type: 'number',
          min: '0',
          value: String(this.state.votes[this.state.steps.length]?.[c.id] ?? ''),
          className: 'vote',
        });
        count.dataset.vote = c.id;
        count.setAttribute('aria-label', this.text('kitVotesFor', { n: i + 1 }));
        const button = el(
          'button',
          { type: 'button', className: `choice${picked ? ' picked' : ''}` },
          el('span', { className: 'choice-key' }, `${i + 1}`),
          c.text,
          picked
            ? el('span', { className: 'picked-label' }, ` — ${this.text('kitRoomsChoice')}`)
            : '',
        );
        button.dataset.key = String(i + 1);
        button.setAttribute('aria-pressed', String(picked));
        const item = el('li', {}, button, count);
        if (picked && this.state.revealed) item.append(feedbackBox(c));
        return item;
      });
      parts.push(el('ul', { className: 'rp-choices projector-choices' }, ...choices));
      parts.push(
        el(
          'p',
          { className: 'projector-hint' },
          this.text(
            this.state.picked
              ? this.state.revealed
                ? 'kitPressGoOn'
                : 'kitPressReveal'
              : 'kitPressPick',
          ),
        ),
      );
    }
    const meters = el('div', { className: 'rp-meters' }, ...meterGauges(s, play));
    meters.hidden = Boolean(this.state.picked && !this.state.revealed);
    stage.replaceChildren(meters, ...parts);
    this.querySelector('[data-live]')!.textContent = line.textContent ?? '';
  }

  private debrief(endingId: string): Node[] {
    const s = this.scenario;
    const ending = s.endings.find((e) => e.id === endingId)!;
    const choices = s.nodes.flatMap((n) => n.choices ?? []);
    const path = this.state.steps
      .map((step, i) => ({
        choice: choices.find((c) => c.id === step),
        votes: this.state.votes[i],
      }))
      .filter((p) => p.choice);
    return [
      el(
        'h2',
        { tabIndex: -1, className: 'projector-ending' },
        t('endingHeading', { outcome: OUTCOME[ending.outcome], title: ending.title }),
      ),
      el('p', {}, ending.text),
      el('h3', {}, this.text('kitGroupPath')),
      el(
        'ol',
        { className: 'group-path' },
        ...path.map((p) =>
          el(
            'li',
            {},
            p.choice!.text,
            p.votes?.[p.choice!.id] !== undefined
              ? ` ${this.text('kitVotes', { n: p.votes[p.choice!.id] })}`
              : '',
          ),
        ),
      ),
      el('h3', {}, t('debrief')),
      el('p', {}, ending.debrief),
      el('p', { className: 'key-idea' }, this.text('kitLesson', { lesson: ending.lesson })),
      el('h3', {}, this.text('kitRoomQuestions')),
      el('ul', {}, ...this.questions.map((q) => el('li', {}, q))),
      el('p', { className: 'projector-hint' }, this.text('kitPressExplore')),
    ];
  }
}

customElements.define('projector-mode', ProjectorMode);
