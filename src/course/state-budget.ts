/**
 * The worst-case saved state of each module as a build error: SCORM 1.2 LMSs keep 4,096
 * characters of suspend_data, and the course's budget is 1,024 so that later content still fits.
 * The error names the role-play that makes the state long and what to do.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { worstCase } from '../tracking/worst-case.ts';
import type { ModuleSource } from './load.ts';

export const STATE_BUDGET = 1024;
export const SCORM12_LIMIT = 4096;

export function stateProblems(course: Course, module: ModuleSource): ContentError[] {
  const { length, scenarios } = worstCase(course, module, course.languages[0]);
  if (length <= STATE_BUDGET) return [];
  const longest = scenarios[0]; // longest first
  const over =
    length > SCORM12_LIMIT
      ? `over SCORM 1.2's limit of ${SCORM12_LIMIT.toLocaleString('en')}`
      : `over the course's budget of ` +
        `${STATE_BUDGET.toLocaleString('en')} (SCORM 1.2 keeps ` +
        `${SCORM12_LIMIT.toLocaleString('en')})`;
  const cause = longest
    ? `; most of it is the role-play ` +
      `"${longest.id}" (${longest.file}), whose longest path has ${longest.steps} steps: ` +
      `shorten that path (fewer steps between the start and an ending) ` +
      `or split it into two role-plays`
    : '; remove sections or questions, or split the module in two';
  return [
    {
      file: Object.values(module.text)[0].file,
      at: `module ${module.id}`,
      message:
        `its worst-case saved state is ${length.toLocaleString('en')} characters, ` +
        `${over}${cause}`,
    },
  ];
}
