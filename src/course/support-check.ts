/**
 * `npm run check` warns while course.yaml's `support:` block is unset or incomplete: the course
 * still builds, with neutral wording, but an organisation should say where its people find help.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { SUPPORT_FIELDS } from '../schemas/support.ts';

export function supportWarnings(course: Course): ContentError[] {
  const { support } = course;
  if (support === false) return []; // the course shows no support block
  const missing = SUPPORT_FIELDS.filter((field) => !support?.[field]);
  if (missing.length === 0) return [];
  return [
    {
      file: 'content/course.yaml',
      at: support ? `support › ${missing.join(', ')}` : 'support',
      message:
        `is not set, so learners read neutral wording ("your employee assistance programme, if ` +
        `you have one"); add ${missing.join(', ')} under support: (content/README.md, "Where ` +
        `staff find support")`,
    },
  ];
}
