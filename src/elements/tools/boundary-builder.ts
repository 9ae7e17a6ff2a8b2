/** <boundary-builder>: four steps in, one script out, shown live and downloadable. */

import { t } from '#src/i18n/page.ts';
import { composeScript } from '#src/tools/boundary.ts';
import { downloadText } from '../private-notes.ts';
import { keepFields } from './tool-store.ts';

const STEPS = ['behaviour', 'effect', 'limit', 'way_forward'];

customElements.define(
  'boundary-builder',
  class extends HTMLElement {
    connectedCallback() {
      const output = this.querySelector<HTMLElement>('[data-script]')!;
      let script = '';
      keepFields(this, (fields) => {
        script = composeScript(STEPS.map((s) => fields[s] ?? ''));
        output.textContent = script || t('scriptEmpty');
      });
      this.querySelector('[data-download]')!.addEventListener('click', () => {
        const title = this.querySelector('h3')!.textContent!.trim();
        downloadText(
          `${this.dataset.tool}-script.txt`,
          `${title}\n\n${script || t('scriptEmpty')}\n`,
        );
      });
    }
  },
);
