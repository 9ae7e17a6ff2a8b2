/** course.yaml `figures:` names modules by id: each must be a module of the course. */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { contentDir } from './content-dir.ts';

export function figureProblems(course: Course | undefined): ContentError[] {
  if (!course?.figures) return [];
  return Object.keys(course.figures)
    .filter((id) => !course.modules.includes(id))
    .map((id) => ({
      file: `${contentDir()}/course.yaml`,
      at: `figures › ${id}`,
      message:
        `names a module ` +
        `"${id}" that is not in modules; use one of ` +
        `${course.modules.join(', ')} or remove the line`,
    }));
}
