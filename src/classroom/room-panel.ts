/**
 * The room's join panel (browser): the QR code (an SVG drawn by the server, shown as an image so it
 * cannot run anything), the address to type, the room code and how many phones joined.
 */

import type { ClassroomKey } from '../i18n/classroom.ts';
import { fill } from '../i18n/fill.ts';
import type { ToHost } from './protocol.ts';
import { displayCode } from './room-code.ts';

export type ClassroomText = (key: ClassroomKey, values?: Record<string, string | number>) => string;

export function classroomText(root: ParentNode): ClassroomText {
  const ui = JSON.parse(root.querySelector('[data-classroom-ui]')?.textContent || '{}') as Record<
    ClassroomKey,
    string
  >;
  return (key, values = {}) => fill(ui[key] ?? key, values, document.documentElement.lang || 'en');
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/**
 * What a participant types: the server's address without the page or the code (`/` leads to the
 * join page).
 */
export const typedAddress = (join: string): string => {
  const url = new URL(join);
  return url.host;
};

export function roomPanel(info: Extract<ToHost, { t: 'room' }>, text: ClassroomText): HTMLElement {
  const address = typedAddress(info.join);
  const panel = make('div', 'room-panel');
  const qr = make('img', 'room-qr');
  qr.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(info.qr)}`;
  qr.alt = text('roomQr', { address: info.join });
  const words = make('div', 'room-words');
  const join = make('p', 'room-join', text('roomJoinAt', { address }));
  const code = make('p', 'room-code');
  code.append(make('span', 'visually-hidden', `${text('roomCode')} `), displayCode(info.code));
  code.dataset.code = info.code;
  const phones = make('p', 'room-phones', text('roomPhones', { n: 0 }));
  phones.dataset.phones = '';
  words.append(join, code, phones);
  if (!info.lan) words.append(make('p', 'room-warning', text('roomLoopback')));
  panel.append(qr, words);
  return panel;
}

export function showPhones(root: ParentNode, n: number, text: ClassroomText): void {
  const out = root.querySelector('[data-phones]');
  const words = text('roomPhones', { n });
  if (out && out.textContent !== words) out.textContent = words;
}
