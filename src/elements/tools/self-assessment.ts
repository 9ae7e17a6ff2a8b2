/**
 * <self-assessment>: private ratings per dimension, an average for each, tips for the weakest one.
 */

import { t } from '#src/i18n/page.ts';
import {
  type Answers,
  type Dimension,
  dimensionResults,
  weakest,
} from '#src/tools/self-assessment.ts';
import { el } from '../el.ts';
import { readJson } from '../read-json.ts';
import { loadTool, NOTES_DELETED, NOTES_RELOADED, saveTool } from './tool-store.ts';

customElements.define(
  'self-assessment',
  class extends HTMLElement {
    connectedCallback() {
      const moduleId = this.dataset.module!;
      const toolId = this.dataset.tool!;
      const { dimensions, max } = readJson<{ dimensions: Dimension[]; max: number }>(
        this,
        '[data-dimensions]',
      );
      const summary = this.querySelector<HTMLElement>('[data-summary]')!;
      const table = this.querySelector<HTMLElement>('[data-results]')!;
      const message = this.querySelector<HTMLElement>('[data-message]')!;
      const tips = [...this.querySelectorAll<HTMLElement>('[data-tips]')];
      let answers = loadTool<Answers>(moduleId, toolId, {});

      const fill = () =>
        this.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((r) => {
          r.checked = answers[r.dataset.key!] === Number(r.value);
        });

      const showResult = () => {
        const results = dimensionResults(dimensions, answers);
        const low = weakest(results);
        summary.hidden = false;
        message.textContent = low ? t('whereToStart', { label: low.label }) : t('answerAll');
        table.replaceChildren(
          ...results
            .filter((r) => r.answered === r.total)
            .map((r) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, r.label),
                el('td', {}, t('averageOf', { average: r.average, max })),
              ),
            ),
        );
        for (const box of tips) box.hidden = box.dataset.tips !== low?.id;
      };

      this.addEventListener('change', (event) => {
        const radio = event.target as HTMLInputElement;
        answers = { ...answers, [radio.dataset.key!]: Number(radio.value) };
        saveTool(moduleId, toolId, answers);
      });
      this.querySelector('[data-show]')!.addEventListener('click', () => {
        showResult();
        message.focus();
      });
      const clear = () => {
        answers = {};
        fill();
        summary.hidden = true;
      };
      this.querySelector('[data-clear]')!.addEventListener('click', () => {
        saveTool(moduleId, toolId, null);
        clear();
        this.querySelector('[data-cleared]')!.textContent = t('answersDeleted');
      });
      document.addEventListener(NOTES_DELETED, clear);
      document.addEventListener(NOTES_RELOADED, () => {
        answers = loadTool<Answers>(moduleId, toolId, {});
        fill();
      });
      fill();
    }
  },
);
