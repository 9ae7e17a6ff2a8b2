import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '#src/course/content-dir.ts';

/** CSS custom properties from course.yaml's branding, so rebranding needs no code. */
export function brandCss(root: string): string {
  const course = parse(readFileSync(join(root, contentDir(), 'course.yaml'), 'utf8'));
  const { primary = '#1d5b79', accent = '#2f7d5b' } = course?.branding ?? {};
  return `:root{--brand-primary:${primary};--brand-accent:${accent};}\n`;
}
