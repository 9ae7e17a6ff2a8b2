/**
 * A role-play transcript as a run of short lists. Each list is skipped by the browser's style,
 * layout, paint and hit testing while it is out of view (content-visibility, roleplay.css), so
 * appending a line or scrolling costs the same beside 1,000 earlier lines as beside two: one long
 * list of 2,000 items made every frame walk all of them.
 */
import { el } from './el.ts';

/** Lines per list: small enough to lay out at once, large enough to keep the lists few. */
export const PART_SIZE = 24;

const part = (lines: HTMLElement[]) => el('ol', { className: 'rp-part' }, ...lines);

/** The lists holding these lines, in order. */
export function inParts(lines: HTMLElement[]): HTMLElement[] {
  const parts: HTMLElement[] = [];
  for (let i = 0; i < lines.length; i += PART_SIZE) parts.push(part(lines.slice(i, i + PART_SIZE)));
  return parts;
}

/** Appends lines to the last list, opening a new one when it is full. */
export function appendLines(transcript: HTMLElement, lines: HTMLElement[]): void {
  for (const line of lines) {
    const last = transcript.lastElementChild;
    if (last && last.childElementCount < PART_SIZE) last.append(line);
    else transcript.append(part([line]));
  }
}

export const lastLine = (transcript: HTMLElement) =>
  (transcript.lastElementChild?.lastElementChild as HTMLElement | null) ?? undefined;
