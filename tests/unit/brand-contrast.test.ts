import { describe, expect, it } from 'vitest';
import { brandProblems, contrastRatio, darkerShade } from '#src/course/brand-contrast.ts';
import type { Course } from '#src/schemas/course.ts';

const course = (primary: string, accent: string) => ({ branding: { primary, accent } }) as Course;

describe('brand colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // the classic lightest AA grey
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it("accepts the course's own colours", () => {
    expect(brandProblems(course('#1d5b79', '#2f7d5b'))).toEqual([]);
  });

  it(
    'refuses a rebrand that would make text or the progress bar unreadable, and suggests a ' +
      'shade that passes',
    () => {
      const problems = brandProblems(course('#5fa8d3', '#c8e6c9'));
      expect(problems.map((p) => p.at)).toEqual(['branding › primary', 'branding › accent']);
      expect(problems[0].message).toMatch(
        /^"#5fa8d3" has 2\.\d:1 contrast on the course's light backgrounds, and it colours links, buttons, choices and some text; WCAG AA needs 4.5:1\. Choose a darker shade, e\.g\. "#[0-9a-f]{6}"$/,
      );
      const suggested = problems[0].message.match(/e\.g\. "(#[0-9a-f]{6})"/)![1];
      expect(brandProblems(course(suggested, '#2f7d5b'))).toEqual([]);
      expect(darkerShade('#1d5b79', ['#ffffff'], 4.5)).toBe('#1d5b79'); // already fine: unchanged
    },
  );
});
