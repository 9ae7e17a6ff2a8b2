/**
 * <levels-explorer>: one situation taken up the six levels; answers stay on the device and can be
 * downloaded.
 */
import { t } from '#src/i18n/page.ts';
import { downloadText } from '../private-notes.ts';
import { keepFields } from './tool-store.ts';

customElements.define(
  'levels-explorer',
  class extends HTMLElement {
    connectedCallback() {
      const steps = [...this.querySelectorAll<HTMLElement>('.pyramid [data-level]')];
      let fields: Record<string, string> = {};
      // The pyramid says in words, not colour alone, which levels are answered and where it breaks.
      keepFields(this, (f) => {
        fields = f;
        for (const step of steps) {
          const level = step.dataset.level!;
          const state =
            fields.breaks === level ? t('levelBreaks') : fields[level] ? t('levelAnswered') : '';
          step.dataset.breaks = String(fields.breaks === level);
          step.querySelector('[data-state]')!.textContent = state ? ` · ${state}` : '';
        }
      });
      this.querySelector('[data-download]')!.addEventListener('click', () => {
        const lines = [...this.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')].map(
          (area) => {
            const label = this.querySelector(`label[for='${area.id}']`)?.textContent?.trim() ?? '';
            return `${label}\n${fields[area.dataset.note!] || '—'}`;
          },
        );
        const breaks = this.querySelector<HTMLInputElement>('input[data-note]:checked');
        const breakLabel = breaks?.closest('label')?.textContent?.trim() ?? '—';
        const heading = this.querySelector('legend[data-break-legend]')!.textContent!.trim();
        const title = this.querySelector('h3')!.textContent!.trim();
        downloadText(
          `${this.dataset.tool}.txt`,
          `${title}\n\n${lines.join('\n\n')}\n\n${heading}\n${breakLabel}\n`,
        );
      });
    }
  },
);
