/**
 * The checked content, loaded once per build process and shared by every page. A content error
 * stops the build with the same messages as `npm run check`.
 */

import { formatContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { checkContent } from './check-content.ts';
import type { ModuleSource } from './load.ts';
import type { SharedContent } from './load-shared.ts';

let cached: ({ course: Course; modules: ModuleSource[] } & SharedContent) | undefined;

export function courseContent(root = process.cwd()) {
  if (cached) return cached;
  const result = checkContent(root);
  if (result.errors.length > 0 || !result.course) {
    throw new Error(
      `The content has ${result.errors.length} problem(s):\n${result.errors.map(formatContentError).join('\n')}`,
    );
  }
  const { escalation, plans, programmes } = result;
  cached = { course: result.course, modules: result.modules, escalation, plans, programmes };
  return cached;
}

export function findModule(id: string): ModuleSource {
  const module = courseContent().modules.find((m) => m.id === id);
  if (!module) throw new Error(`No module "${id}"`);
  return module;
}
