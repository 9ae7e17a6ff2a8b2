/**
 * <projector-mode>: a scenario on the classroom screen. The facilitator records the room's choice
 * (1–4, with optional vote counts), reveals feedback and meters (R), goes on (N or Enter), goes
 * back
 * to explore the road not taken (B), toggles full screen (F), the timer (T) and help (?).
 * Served by `npm run classroom`, the phones' votes fill the vote fields live (V closes the vote).
 */

import type { ProjectorLive } from '../classroom/projector-live.ts';
import { readJson } from '../elements/read-json.ts';
import { fill } from '../i18n/fill.ts';
import type { KitBrowserKey } from '../i18n/ui.ts';
import type { Choice, Scenario } from '../schemas/scenario.ts';
import {
  advance,
  back,
  initialProjector,
  type ProjectorState,
  ProjectorTrail,
  pick,
  reveal,
  toggleVoting,
  vote,
} from './projector-state.ts';
import { debriefView, momentView } from './projector-view.ts';

class ProjectorMode extends HTMLElement {
  private scenario!: Scenario;
  private questions: string[] = [];
  /**
   * The projector's own strings in the page's language (KIT_BROWSER_KEYS, from the page's payload).
   */
  private ui = {} as Record<KitBrowserKey, string>;
  private state: ProjectorState = initialProjector();
  private trail!: ProjectorTrail;
  private choiceById = new Map<string, Choice>();
  private help!: HTMLDialogElement;
  private timerStart = 0;
  private timerElapsed = 0;
  private timerId: ReturnType<typeof setInterval> | undefined;
  private live?: ProjectorLive;

  connectedCallback() {
    const data = readJson<{
      scenario: Scenario;
      questions: string[];
      ui: Record<KitBrowserKey, string>;
    }>(this, '[data-scenario-data]');
    this.scenario = data.scenario;
    this.questions = data.questions;
    this.ui = data.ui;
    this.trail = new ProjectorTrail(this.scenario);
    for (const n of this.scenario.nodes)
      for (const c of n.choices ?? []) this.choiceById.set(c.id, c);
    this.help = this.querySelector<HTMLDialogElement>('[data-help]')!;
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
    if (hasClassroomKey())
      import('../classroom/projector-live.ts').then((m) => {
        this.live = m.startLive(this, (counts) => this.liveVotes(counts));
        this.render();
      });
  }

  /** The phones' counts of the decision on screen go into the vote fields, as hand counts would. */
  private liveVotes(counts: Record<string, number>) {
    for (const [choice, count] of Object.entries(counts)) {
      this.state = vote(this.state, choice, count);
      const field = this.querySelector<HTMLInputElement>(`input[data-vote="${choice}"]`);
      if (field) field.value = String(count);
    }
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
    // While the help is open, only its own keys work (the dialog closes itself on Escape).
    if (this.help.open && !/^[?h]$/.test(key)) return;
    if (!/^[1-4nrbftv?h]$/.test(key)) return;
    event.preventDefault();
    this.command(key);
  }

  private text(key: KitBrowserKey, values: Record<string, string | number> = {}): string {
    return fill(this.ui[key] ?? key, values, document.documentElement.lang || 'en');
  }

  private command(key: string) {
    const s = this.scenario;
    const play = this.trail.at(this.state.steps);
    const before = this.state;
    if (/^[1-4]$/.test(key)) this.state = pick(s, this.state, Number(key), play);
    if (key === 'r') this.state = reveal(this.state);
    if (key === 'n') this.state = advance(s, this.state, play);
    if (key === 'b') this.state = back(this.state);
    if (key === 'v') this.state = toggleVoting(this.state);
    if (key === 'f') this.toggleFullScreen();
    if (key === 't') this.toggleTimer();
    if (key === '?' || key === 'h') {
      if (this.help.open) this.help.close();
      else this.help.showModal();
    }
    if (key === 'close') this.help.close();
    if (this.state !== before) this.render();
  }

  /**
   * Full screen can be refused (no user gesture, a kiosk browser): the page simply stays as it is.
   */
  private toggleFullScreen() {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : this.requestFullscreen?.();
    request?.catch(() => {});
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
    const play = this.trail.at(this.state.steps);
    const stage = this.querySelector('[data-stage]')!;
    const text = this.text.bind(this);
    this.live?.update(s, play, this.state);
    if (play.ending) {
      stage.replaceChildren(
        ...debriefView(s, play.ending, this.state, this.choiceById, this.questions, text),
      );
      return;
    }
    const { parts, line } = momentView(s, play, this.state, text);
    stage.replaceChildren(...parts);
    const live = this.querySelector('[data-live]')!;
    if (live.textContent !== line.textContent) live.textContent = line.textContent ?? '';
  }
}

/** This tab was opened by the classroom server (its key is in the address or kept for the tab). */
function hasClassroomKey(): boolean {
  try {
    return location.hash.startsWith('#key=') || Boolean(sessionStorage.getItem('classroom-key'));
  } catch {
    return false;
  }
}

customElements.define('projector-mode', ProjectorMode);
