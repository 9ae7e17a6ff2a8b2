/**
 * Splits a label into one or two lines at the space nearest its middle (SVG text does not wrap).
 */
export function twoLines(label: string, max = 14): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  const at = spaces.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
  return [label.slice(0, at), label.slice(at + 1)];
}
