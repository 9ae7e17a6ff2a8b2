/**
 * The checked content, shared by every page. A content error stops the build with the same
 * messages as `npm run check`. It is loaded again whenever a file under content/ changed (by
 * size or time), so `npm run dev` shows an edited scenario or check on the next render.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { checkContent } from './check-content.ts';
import { contentDir } from './content-dir.ts';
import type { ModuleSource } from './load.ts';
import type { SharedContent } from './load-shared.ts';

let cached:
  | ({ course: Course; modules: ModuleSource[]; signature: string } & SharedContent)
  | undefined;

/** Every file's path, size and time: cheap to take (a few hundred files at most). */
function signature(root: string): string {
  const dir = join(root, contentDir());
  return (readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((file) => {
      const s = statSync(join(dir, file));
      return `${file}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
}

export function courseContent(root = process.cwd()) {
  const now = signature(root);
  if (cached?.signature === now) return cached;
  const result = checkContent(root);
  if (result.errors.length > 0 || !result.course) {
    throw new Error(
      `The content has ${result.errors.length} ` +
        `problem(s):\n${result.errors.map(formatContentError).join('\n')}`,
    );
  }
  const { escalation, plans, programmes } = result;
  cached = {
    course: result.course,
    modules: result.modules,
    escalation,
    plans,
    programmes,
    signature: now,
  };
  return cached;
}

export function findModule(id: string): ModuleSource {
  const module = courseContent().modules.find((m) => m.id === id);
  if (!module) throw new Error(`No module "${id}"`);
  return module;
}
