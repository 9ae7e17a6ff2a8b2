/**
 * Live votes in projector mode (browser, loaded only when this tab holds a facilitator key): tells
 * the phones the decision on screen and whether its vote is open, and feeds the room's counts into
 * projector mode's own vote fields, so reveal, back, the debrief and hand counts work as before.
 */

import { displayedChoices } from '../course/display-order.ts';
import type { ProjectorState } from '../facilitator/projector-state.ts';
import { t } from '../i18n/page.ts';
import { isContinue, nodeById, type PlayState } from '../roleplay/engine.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { facilitatorKey, HostLink } from './host-link.ts';
import type { Decision, DecisionCounts, Show } from './protocol.ts';
import { type ClassroomText, classroomText, roomPanel, showPhones } from './room-panel.ts';

/** The decision the phones vote on: the step index makes it unique along the room's path. */
export function decisionOf(s: Scenario, play: PlayState, state: ProjectorState): Decision | null {
  if (play.ending || isContinue(s, play)) return null;
  const node = nodeById(s, play.at)!;
  // Who speaks, as the projector names them (lineItem in src/elements/role-play-view.ts).
  const speaker =
    node.kind === 'inner'
      ? t('innerVoice')
      : node.kind === 'narration'
        ? t('narration')
        : (s.characters.find((c) => c.id === node.speaker)?.name ?? '');
  return {
    id: `${state.steps.length}-${node.id}`,
    speaker,
    line: node.text,
    choices: displayedChoices(s, play).map((c) => ({ id: c.id, text: c.text })),
  };
}

function download(decisions: DecisionCounts[]) {
  const blob = new Blob(
    [`${JSON.stringify({ savedAt: new Date().toISOString(), decisions }, null, 2)}\n`],
    {
      type: 'application/json',
    },
  );
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `vote-counts-${new Date().toISOString().slice(0, 16).replace(/\D/g, '')}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export class ProjectorLive {
  private readonly link: HostLink;
  private readonly text: ClassroomText;
  private readonly status: HTMLElement;
  private decision: Decision | null = null;
  private phones = 0;
  private votes = 0;
  private open = false;

  /** `onCounts` gets the counts of the decision on screen, by choice id. */
  constructor(root: HTMLElement, key: string, onCounts: (counts: Record<string, number>) => void) {
    this.text = classroomText(root);
    const slot = root.querySelector<HTMLElement>('[data-classroom]')!;
    slot.hidden = false;
    const panel = slot.querySelector<HTMLElement>('[data-room-panel]')!;
    this.status = slot.querySelector<HTMLElement>('[data-live-status]')!;
    slot.querySelector('[data-export]')?.addEventListener('click', () => this.link.requestExport());
    this.link = new HostLink(key, {
      room: (info) => panel.replaceChildren(roomPanel(info, this.text)),
      count: (count) => {
        this.phones = count.phones;
        showPhones(panel, count.phones, this.text);
        if (count.decision !== this.decision?.id) return;
        this.votes = Object.values(count.counts).reduce((a, b) => a + b, 0);
        if (this.votes > 0) onCounts(count.counts);
        this.say();
      },
      exported: download,
      connected: (on) => {
        if (!on) this.status.textContent = this.text('roomLost');
        else this.say();
      },
    });
  }

  private say() {
    const words = this.decision
      ? `${this.text('liveVotes', { n: this.votes, phones: this.phones })} · ` +
        `${this.text(this.open ? 'liveOpen' : 'liveClosed')}`
      : '';
    if (this.status.textContent !== words) this.status.textContent = words;
  }

  /** Called after every render of projector mode. */
  update(s: Scenario, play: PlayState, state: ProjectorState) {
    const decision = decisionOf(s, play, state);
    if (decision?.id !== this.decision?.id) this.votes = 0;
    this.decision = decision;
    this.open = Boolean(decision) && !state.closed && !state.revealed;
    const show: Show = { t: 'show', decision, open: this.open };
    if (decision && state.revealed && state.picked) show.picked = state.picked;
    this.link.show(show);
    this.say();
  }
}

export const startLive = (
  root: HTMLElement,
  onCounts: (counts: Record<string, number>) => void,
) => {
  const key = facilitatorKey();
  return key ? new ProjectorLive(root, key, onCounts) : undefined;
};
