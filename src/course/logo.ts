/**
 * The course logo (course.yaml `branding.logo`, a file in the content folder). It is embedded in
 * each page as a data: URL, so every package carries it without another file to list, and the
 * strict CSP (img-src 'self' data:) allows it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { contentDir, insideContent } from './content-dir.ts';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};
/** Every module page carries the logo, so it counts against each package's size budget. */
const MAX_BYTES = 16 * 1024;

const logoPath = (root: string, course: Course) => join(root, contentDir(), course.branding.logo!);

export function logoProblems(root: string, course: Course): ContentError[] {
  const logo = course.branding.logo;
  if (!logo) return [];
  const at = 'branding › logo';
  const file = `${contentDir()}/course.yaml`;
  if (!TYPES[extname(logo).toLowerCase()])
    return [{ file, at, message: `"${logo}" must be an .svg, .png, .jpg or .webp image` }];
  const path = logoPath(root, course);
  if (!insideContent(root, path))
    return [
      {
        file,
        at,
        message:
          `"${logo}" is outside the ${contentDir()} folder; every file the course uses lives ` +
          `there (e.g. brand/logo.svg), so move the image in and fix the path`,
      },
    ];
  if (!existsSync(path))
    return [
      {
        file,
        at,
        message:
          `"${logo}" is not in the ${contentDir()} folder; put the image there or fix ` +
          `the path`,
      },
    ];
  const bytes = statSync(path).size;
  if (bytes > MAX_BYTES)
    return [
      {
        file,
        at,
        message:
          `"${logo}" is ${Math.round(bytes / 1024)} KB; keep it under ${MAX_BYTES / 1024} KB (an ` +
          `SVG, or a smaller PNG), since every page carries it`,
      },
    ];
  return [];
}

/** The logo as a data: URL, or undefined when the course has none. */
export function logoDataUri(root: string, course: Course): string | undefined {
  if (!course.branding.logo) return undefined;
  if (!insideContent(root, logoPath(root, course)))
    throw new Error(
      `The logo "${course.branding.logo}" is outside the content folder (npm run check)`,
    );
  const type = TYPES[extname(course.branding.logo).toLowerCase()];
  const bytes = readFileSync(logoPath(root, course));
  // An SVG is text: percent-encoded, it stays text and compresses with the page, where base64
  // would not (about 0.1 KB less per zip, DESIGN §6). Pictures in other formats stay base64.
  if (type === 'image/svg+xml') {
    const encoded = encodeURIComponent(bytes.toString('utf8').trim());
    const readable = encoded.replace(/%(3D|3A|2F)/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    return `data:${type},${readable}`;
  }
  return `data:${type};base64,${bytes.toString('base64')}`;
}
