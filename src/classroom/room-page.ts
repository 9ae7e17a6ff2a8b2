/**
 * The live classroom's first page (browser): keeps the facilitator key from the address the
 * server opened, shows how to join, and clears the phones' screens until a scenario is projected.
 */

import { facilitatorKey, HostLink } from './host-link.ts';
import { classroomText, roomPanel, showPhones } from './room-panel.ts';

const root = document.querySelector<HTMLElement>('[data-room]')!;
const text = classroomText(document);
const state = root.querySelector<HTMLElement>('[data-room-state]')!;
const key = facilitatorKey();
if (!key) state.textContent = text('roomNoLink');
else {
  const link = new HostLink(key, {
    room(info) {
      root.querySelector('[data-room-panel]')!.replaceChildren(roomPanel(info, text));
      state.textContent = '';
    },
    count(count) {
      showPhones(root, count.phones, text);
    },
    connected(on) {
      if (!on) state.textContent = text('roomLost');
    },
  });
  link.show({ t: 'show', decision: null, open: false });
}
