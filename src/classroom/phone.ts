/**
 * The phone page (browser): join the room by its code, then vote on the decision the projector
 * shows, change the vote until it closes, and come back after a dropped connection with the same
 * anonymous token, so the vote is kept. No framework: this page must load fast on a poor network.
 */

import type { ClassroomKey } from '../i18n/classroom.ts';
import { fill } from '../i18n/fill.ts';
import type { RefusalReason, Show, ToPhone } from './protocol.ts';
import { newToken, normaliseCode } from './room-code.ts';

const root = document.querySelector<HTMLElement>('[data-phone]')!;
const ui = JSON.parse(root.querySelector('[data-classroom-ui]')!.textContent!) as Record<
  ClassroomKey,
  string
>;
const text = (key: ClassroomKey, values: Record<string, string | number> = {}) =>
  fill(ui[key], values, document.documentElement.lang);
const form = root.querySelector<HTMLFormElement>('[data-join]')!;
const input = form.querySelector<HTMLInputElement>('input')!;
const error = root.querySelector<HTMLElement>('[data-error]')!;
const vote = root.querySelector<HTMLElement>('[data-vote]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;

/**
 * Storage can be blocked (private mode, a locked-down browser): the page then works for this visit.
 */
function stored(storage: () => Storage, key: string, make: () => string): string {
  try {
    const value = storage().getItem(key) ?? make();
    storage().setItem(key, value);
    return value;
  } catch {
    return make();
  }
}

const token = stored(() => localStorage, 'classroom-token', newToken);
let code = normaliseCode(decodeURIComponent(location.hash.slice(1)));
let socket: WebSocket | undefined;
let joined = false;
let retries = 0;
let show: Show = { t: 'show', decision: null, open: false };
let mine: string | undefined;

const REFUSALS: Partial<Record<RefusalReason, ClassroomKey>> = {
  'bad-code': 'phoneBadCode',
  'too-many-tries': 'phoneTooManyTries',
  'room-full': 'phoneRoomFull',
  'slow-down': 'phoneSlowDown',
  'not-open': 'phoneNotOpen',
};

function say(message: string) {
  if (status.textContent !== message) status.textContent = message;
}

function position(choiceId: string | undefined): number {
  return (show.decision?.choices.findIndex((c) => c.id === choiceId) ?? -1) + 1;
}

function choiceButton(choice: { id: string; text: string }, i: number): HTMLLIElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'phone-choice';
  button.dataset.choice = choice.id;
  const label = document.createElement('span');
  label.className = 'phone-option';
  label.textContent = text('phoneOption', { n: i + 1 });
  button.append(label, ` ${choice.text}`);
  const item = document.createElement('li');
  item.append(button);
  return item;
}

function render() {
  form.hidden = joined;
  vote.hidden = !joined || !show.decision;
  if (!joined) return;
  const d = show.decision;
  if (!d) {
    say(text('phoneWaiting'));
    return;
  }
  vote.querySelector('[data-speaker]')!.textContent = d.speaker;
  vote.querySelector('[data-line]')!.textContent = d.line;
  const list = vote.querySelector<HTMLElement>('[data-choices]')!;
  // The buttons are rebuilt only for a new decision, so a vote keeps the keyboard focus in place.
  if (list.dataset.decision !== d.id) {
    list.dataset.decision = d.id;
    list.replaceChildren(...d.choices.map(choiceButton));
  }
  for (const button of list.querySelectorAll<HTMLButtonElement>('[data-choice]')) {
    const id = button.dataset.choice;
    button.disabled = !show.open;
    button.setAttribute('aria-pressed', String(mine === id));
    button.classList.toggle('room-choice', show.picked === id);
  }
  const n = position(mine);
  if (show.picked) say(text('phoneRoomChose', { n: position(show.picked) }));
  else if (!show.open) say(n ? text('phoneClosedMine', { n }) : text('phoneClosed'));
  else say(n ? text('phoneYourVote', { n }) : text('phoneChoose'));
}

function receive(message: ToPhone) {
  if (message.t === 'joined') {
    joined = true;
    retries = 0;
    error.textContent = '';
    try {
      sessionStorage.setItem('classroom-code', code);
    } catch {}
  } else if (message.t === 'show') {
    const changed = message.decision?.id !== show.decision?.id;
    show = message;
    mine = message.mine;
    render();
    if (changed && message.decision) vote.querySelector<HTMLElement>('[data-line]')?.focus();
    return;
  } else if (message.t === 'voted') {
    if (message.decision === show.decision?.id) mine = message.choice;
  } else if (message.t === 'refused') {
    const key = REFUSALS[message.reason];
    // After a reconnect to a restarted server (a new room), the phone asks for the code again.
    if (message.reason === 'bad-code' || message.reason === 'room-full') joined = false;
    if (!joined) {
      render();
      say('');
      error.textContent = key ? text(key) : '';
      input.focus();
    } else if (key) say(text(key));
    return;
  }
  render();
}

function connect() {
  const ws = new WebSocket(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/classroom/socket`,
  );
  socket = ws;
  ws.onopen = () => ws.send(JSON.stringify({ t: 'join', code, token }));
  ws.onmessage = (event) => {
    try {
      receive(JSON.parse(String(event.data)) as ToPhone);
    } catch {}
  };
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = undefined;
    if (!joined) return;
    // Back off (1 s, 2 s, 4 s… up to 10 s) so a room full of phones does not hammer the laptop.
    say(text('phoneReconnecting'));
    vote.querySelectorAll('button').forEach((b) => {
      b.disabled = true;
    });
    setTimeout(connect, Math.min(10_000, 1000 * 2 ** retries++));
  };
}

function join() {
  if (!code) return;
  say(text('phoneConnecting'));
  if (socket?.readyState === WebSocket.OPEN)
    socket.send(JSON.stringify({ t: 'join', code, token }));
  else if (!socket) connect();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  code = normaliseCode(input.value);
  join();
});
vote.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-choice]');
  if (!button || button.disabled || !show.decision || !socket) return;
  socket.send(
    JSON.stringify({ t: 'vote', decision: show.decision.id, choice: button.dataset.choice }),
  );
});

if (!code)
  try {
    code = sessionStorage.getItem('classroom-code') ?? '';
  } catch {}
input.value = code;
join();
