/** Fills the completion panels (top and bottom) from the shown result and the role-play scores. */
import type { ModuleConfig } from '../course/module-config.ts';
import { t } from '../i18n/page.ts';
import { el } from './el.ts';
import type { ShownResult } from './shown-result.ts';

export function fillCompletion(
  panel: HTMLElement,
  config: ModuleConfig,
  result: ShownResult,
  shares: Map<string, number>,
  web: boolean,
) {
  panel.dataset.result = result.passed ? 'passed' : result.notYet ? 'not-yet' : 'completed';
  panel.querySelector('[data-completion-title]')!.textContent = t(
    result.passed ? 'passedTitle' : 'completionTitle',
  );
  const words = [
    result.earlier ? t('resultEarlier') : '',
    // The title already says passed or completed; only "not passed yet" needs saying again.
    result.notYet ? t('resultNotYet') : '',
    result.scoreRaw === undefined
      ? ''
      : t('resultScore', { score: result.scoreRaw, mastery: config.masteryScore }),
  ];
  panel.querySelector('[data-completion-result]')!.textContent = words.filter(Boolean).join(' ');
  const competencies = config.competencies.filter((c) => shares.has(c.id));
  panel.querySelector('[data-completion-competencies]')!.replaceChildren(
    ...(competencies.length
      ? [
          el('h3', {}, t('resultCompetencies')),
          el(
            'ul',
            { className: 'completion-competencies' },
            ...competencies.map((c) =>
              el(
                'li',
                {},
                t('resultCompetency', {
                  label: c.label,
                  score: Math.round(100 * shares.get(c.id)!),
                }),
              ),
            ),
          ),
        ]
      : []),
  );
  const lms = panel.querySelector<HTMLElement>('[data-next-lms]');
  const link = panel.querySelector<HTMLElement>('[data-next-web]');
  if (lms && link) {
    lms.hidden = web;
    link.hidden = !web;
  }
}
