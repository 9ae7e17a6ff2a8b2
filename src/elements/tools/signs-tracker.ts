/** <signs-tracker>: ticks for this week, a four-week tally, and a nudge towards support when signs recur. */

import { t } from '#src/i18n/page.ts';
import {
  needsNudge,
  pruneHistory,
  type SignsHistory,
  signWeekCounts,
  weekKey,
} from '#src/tools/signs.ts';
import { el } from '../el.ts';
import { loadTool, NOTES_DELETED, NOTES_RELOADED, saveTool } from './tool-store.ts';

customElements.define(
  'signs-tracker',
  class extends HTMLElement {
    connectedCallback() {
      const lang = document.documentElement.lang;
      const moduleId = this.dataset.module!;
      const toolId = this.dataset.tool!;
      const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      const historyBox = this.querySelector<HTMLElement>('[data-history]')!;
      const nudge = this.querySelector<HTMLElement>('[data-nudge]')!;
      const now = new Date();
      const week = weekKey(now);
      const monday = new Date(
        now.getFullYear(),
        now.getMonth(),
        now.getDate() - ((now.getDay() + 6) % 7),
      );
      const locale = lang === 'en' ? 'en-GB' : lang; // the course is written in British English
      const showWeek = () => {
        this.querySelector('[data-week]')!.textContent = t('weekOf', {
          date: monday.toLocaleDateString(locale, { day: 'numeric', month: 'long' }),
        });
      };
      // A page's first date format loads the language's calendar (~65 ms at 4x CPU), which held
      // up the page's start; the tracker sits in a later section, so its date can wait a moment.
      if ('requestIdleCallback' in window) requestIdleCallback(showWeek, { timeout: 1000 });
      else setTimeout(showWeek);
      let history = pruneHistory(loadTool<SignsHistory>(moduleId, toolId, {}), now);

      const render = () => {
        const ticked = new Set(history[week] ?? []);
        for (const box of boxes) box.checked = ticked.has(box.value);
        const counts = signWeekCounts(history, now);
        const rows = boxes
          .filter((box) => counts.has(box.value))
          .map((box) =>
            el(
              'tr',
              {},
              el('td', {}, box.closest('label')!.textContent!.trim()),
              el('td', {}, t('signsWeeks', { n: counts.get(box.value)! })),
            ),
          );
        historyBox.replaceChildren(
          rows.length
            ? el(
                'table',
                { className: 'tool-table' },
                el('caption', {}, t('signsHistory')),
                el(
                  'thead',
                  {},
                  el(
                    'tr',
                    {},
                    el('th', { scope: 'col' }, t('signHeader')),
                    el('th', { scope: 'col' }, t('weeksHeader')),
                  ),
                ),
                el('tbody', {}, ...rows),
              )
            : el('p', { className: 'hint' }, t('signsNone')),
        );
        nudge.hidden = !needsNudge(history, now);
      };

      this.addEventListener('change', () => {
        history = { ...history, [week]: boxes.filter((b) => b.checked).map((b) => b.value) };
        history = pruneHistory(history, now);
        saveTool(moduleId, toolId, history);
        render();
      });
      const clear = () => {
        history = {};
        render();
      };
      this.querySelector('[data-clear]')!.addEventListener('click', () => {
        saveTool(moduleId, toolId, null);
        clear();
        this.querySelector('[data-cleared]')!.textContent = t('answersDeleted');
      });
      document.addEventListener(NOTES_DELETED, clear);
      document.addEventListener(NOTES_RELOADED, () => {
        history = pruneHistory(loadTool<SignsHistory>(moduleId, toolId, {}), now);
        render();
      });
      render();
    }
  },
);
