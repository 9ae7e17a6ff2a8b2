/**
 * Levers are the course's own data (`levers:` in course.yaml), not a list in the framework: each
 * module's `lever` must be one the course declares. A course that declares none allows any id.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import type { ModuleSource } from './load.ts';

export function leverProblems(course: Course | undefined, modules: ModuleSource[]): ContentError[] {
  const allowed = course?.levers;
  if (!allowed) return [];
  return modules.flatMap((module) =>
    Object.values(module.text)
      .filter((text) => !allowed.includes(text.meta.lever))
      .map((text) => ({
        file: text.file,
        at: 'lever',
        message:
          `is "${text.meta.lever}", which is not a lever of this course; use one of ` +
          `${allowed.join(', ')} or add it to levers in course.yaml (content/README.md, "Levers")`,
      })),
  );
}
