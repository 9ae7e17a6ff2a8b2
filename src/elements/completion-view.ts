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
  where: PageSetting,
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
  showNext(panel, where);
}

/**
 * Where the learner goes next: `web` (no LMS), `course` (a whole-course LMS package) or `module` (a
 * one-module package).
 */
export type PageSetting = 'web' | 'course' | 'module';

/**
 * The packaging marks each LMS package's pages `data-package="course"` or `"module"`
 * (scripts/packaging/write-packages.ts); the site and the web folder carry no mark. A whole-course
 * folder run without an LMS still holds the next page, so its link works; a one-module one does
 * not.
 */
export function pageSetting(packaged: string | undefined, standalone: boolean): PageSetting {
  if (packaged === 'module') return 'module';
  if (packaged === 'course') return standalone ? 'web' : 'course';
  return 'web';
}

function showNext(panel: HTMLElement, where: PageSetting) {
  const course = panel.querySelector<HTMLElement>('[data-next-course]');
  const link = panel.querySelector<HTMLElement>('[data-next-web]');
  // The last module has neither: returning to the platform is then the next step everywhere.
  const shown = where === 'web' ? link : where === 'course' ? course : null;
  for (const option of [course, link]) if (option) option.hidden = option !== shown;
  panel.querySelector<HTMLElement>('[data-next-return]')!.hidden = Boolean(shown);
}
