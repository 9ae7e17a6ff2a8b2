/**
 * Every language of the course needs its interface strings (buttons, messages, the LMS notices):
 * content translated into a language the interface does not speak would show English buttons on a
 * page that says it is in that language. There is no silent fallback.
 */
import { en } from '../i18n/en.ts';
import { ui } from '../i18n/ui.ts';
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { contentDir } from './content-dir.ts';

export function languageProblems(course: Course): ContentError[] {
  const tables = ui as Record<string, Record<string, string> | undefined>;
  return course.languages.flatMap((lang): ContentError[] => {
    const table = tables[lang];
    const missing = Object.keys(en).filter((key) => !table?.[key]);
    if (missing.length === 0) return [];
    return [
      {
        file: `${contentDir()}/course.yaml`,
        at: 'languages',
        message:
          `"${lang}" has no interface strings for ${missing.length} key(s): ` +
          `${missing.join(', ')}; copy src/i18n/fr.ts and src/i18n/fr/ to src/i18n/${lang}.ts ` +
          `and src/i18n/${lang}/, translate them and add it to \`ui\` in src/i18n/ui.ts, or ` +
          `remove "${lang}"`,
      },
    ];
  });
}
