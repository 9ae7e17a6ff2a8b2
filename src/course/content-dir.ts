import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** Folder that holds course.yaml and modules/. COURSE_CONTENT lets tests build a fixture course. */
export const contentDir = (): string => process.env.COURSE_CONTENT ?? 'content';

/** True when `path`, after resolving ".." and links, is inside the content folder. */
export function insideContent(root: string, path: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const rel = relative(real(join(root, contentDir())), real(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
