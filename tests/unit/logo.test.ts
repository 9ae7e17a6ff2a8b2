import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logoDataUri, logoProblems } from '#src/course/logo.ts';
import type { Course } from '#src/schemas/course.ts';

function courseWithLogo(logo: string | undefined, files: Record<string, Uint8Array | string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'logo-'));
  mkdirSync(join(root, 'content', 'brand'), { recursive: true });
  for (const [path, bytes] of Object.entries(files))
    writeFileSync(join(root, 'content', path), bytes);
  const course = {
    branding: { primary: '#1d5b79', accent: '#2f7d5b', ...(logo ? { logo } : {}) },
  } as Course;
  return { root, course };
}

describe('course logo', () => {
  it('is embedded as a data: URL that every package carries', () => {
    const { root, course } = courseWithLogo('brand/logo.svg', {
      'brand/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(logoProblems(root, course)).toEqual([]);
    // An SVG stays text (percent-encoded), so it compresses with the page.
    expect(logoDataUri(root, course)).toBe(
      'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E',
    );
  });

  it('tells the author what is wrong: missing file, wrong type, too heavy', () => {
    const missing = courseWithLogo('brand/gone.svg');
    expect(logoProblems(missing.root, missing.course).map((e) => e.message)).toEqual([
      '"brand/gone.svg" is not in the content folder; put the image there or fix the path',
    ]);
    const pdf = courseWithLogo('brand/logo.pdf', { 'brand/logo.pdf': 'x' });
    expect(logoProblems(pdf.root, pdf.course).map((e) => e.message)).toEqual([
      '"brand/logo.pdf" must be an .svg, .png, .jpg or .webp image',
    ]);
    const heavy = courseWithLogo('brand/logo.png', { 'brand/logo.png': new Uint8Array(40 * 1024) });
    expect(logoProblems(heavy.root, heavy.course).map((e) => e.message)).toEqual([
      '"brand/logo.png" is 40 KB; keep it under 16 KB (an SVG, or a smaller PNG), since every ' +
        'page carries it',
    ]);
    const none = courseWithLogo(undefined);
    expect(logoProblems(none.root, none.course)).toEqual([]);
    expect(logoDataUri(none.root, none.course)).toBeUndefined();
  });
});
