/**
 * Brand colours must keep WCAG 2.2 AA contrast wherever the styles use them, so a rebrand cannot
 * quietly make the course unreadable: the primary colours links, buttons, choices and text on the
 * light surfaces of course.css and tools.css (4.5:1), the accent colours the progress bar and
 * key-idea
 * borders (3:1 for non-text, WCAG 1.4.11). Each problem suggests the nearest darker shade that
 * passes.
 */
import type { ContentError } from '../schemas/author-errors.ts';
import type { Course } from '../schemas/course.ts';
import { contentDir } from './content-dir.ts';

/** The surfaces brand colours sit on (keep in step with src/styles): page, cards, tinted boxes. */
const TEXT_SURFACES = ['#ffffff', '#fbfaf7', '#e8f1f6', '#e6eff5', '#f1f3f5'];
const ACCENT_SURFACES = ['#ffffff', '#fbfaf7'];

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const worst = (colour: string, surfaces: string[]) =>
  Math.min(...surfaces.map((s) => contrastRatio(colour, s)));

/** The same hue, darkened step by step until it reaches `ratio` on every surface. */
export function darkerShade(colour: string, surfaces: string[], ratio: number): string {
  let rgb = channels(colour);
  while (worst(toHex(rgb), surfaces) < ratio && rgb.some((c) => c > 0))
    rgb = rgb.map((c) => c * 0.95);
  return toHex(rgb);
}

export function brandProblems(course: Course): ContentError[] {
  const file = `${contentDir()}/course.yaml`;
  const checks: Array<[keyof Course['branding'], string[], number, string]> = [
    ['primary', TEXT_SURFACES, 4.5, 'it colours links, buttons, choices and some text'],
    ['accent', ACCENT_SURFACES, 3, 'it colours the progress bar and key-idea borders'],
  ];
  return checks.flatMap(([field, surfaces, ratio, use]) => {
    const colour = String(course.branding[field]).toLowerCase();
    const found = worst(colour, surfaces);
    if (found >= ratio) return [];
    return [
      {
        file,
        at: `branding › ${field}`,
        message:
          `"${colour}" has ${found.toFixed(1)}:1 contrast on the course's light backgrounds, and ` +
          `${use}; WCAG AA needs ${ratio}:1. Choose a darker shade, e.g. ` +
          `"${darkerShade(colour, surfaces, ratio)}"`,
      },
    ];
  });
}
