/** <levels-explorer>: one situation taken up the six levels; answers stay on the device and can be downloaded. */
import { downloadText } from '../private-notes.ts';
import { keepFields } from './tool-store.ts';

customElements.define(
  'levels-explorer',
  class extends HTMLElement {
    connectedCallback() {
      let fields: Record<string, string> = {};
      keepFields(this, (f) => (fields = f));
      this.querySelector('[data-download]')!.addEventListener('click', () => {
        const lines = [...this.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')].map((area) => {
          const label = this.querySelector(`label[for='${area.id}']`)?.textContent?.trim() ?? '';
          return `${label}\n${fields[area.dataset.note!] || '—'}`;
        });
        const breaks = this.querySelector<HTMLInputElement>('input[data-note]:checked');
        const breakLabel = breaks?.closest('label')?.textContent?.trim() ?? '—';
        const heading = this.querySelector('legend[data-break-legend]')!.textContent!.trim();
        const title = this.querySelector('h3')!.textContent!.trim();
        downloadText(`${this.dataset.tool}.txt`, `${title}\n\n${lines.join('\n\n')}\n\n${heading}\n${breakLabel}\n`);
      });
    }
  },
);
