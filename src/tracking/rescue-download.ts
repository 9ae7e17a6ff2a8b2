/**
 * With no LMS and no storage, nothing keeps the learner's work once the page closes: offer it as
 * a text file (what they reached, the saved-state code, their notes). Built in the browser only.
 */
import type { ModuleConfig } from '../course/module-config.ts';
import { downloadText, readNotes } from '../elements/private-notes.ts';
import { t } from '../i18n/page.ts';
import { moduleStatus } from './module-status.ts';
import type { ModuleProgress } from './state-model.ts';

export function downloadProgress(config: ModuleConfig, progress: ModuleProgress, code: string) {
  const status = moduleStatus(config, progress);
  const notes = Object.entries(readNotes(config.moduleId))
    .map(([id, text]) => `${id}\n\n${text}\n`)
    .join('\n---\n\n');
  const lines = [
    `${config.title} — ${t('progressFile')}`,
    '',
    t('progressSections', { n: status.sectionsSeen, total: config.sections.length }),
    t('progressAnswers', { n: status.questionsAnswered, total: config.questions.length }),
    t('progressRolePlays', { n: status.rolePlaysFinished, total: config.scenarios.length }),
    '',
    t('progressCode'),
    code,
    '',
    notes || t('noNotes'),
  ];
  downloadText(`${config.moduleId}-progress.txt`, lines.join('\n'));
}
