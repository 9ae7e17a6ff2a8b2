/**
 * Charts drawn at build time as inline SVG: no script, no framework. Each chart is an image with a
 * short text alternative; the page puts the full data in a table next to it.
 */
import { esc } from './html.ts';

export interface Bar {
  label: string;
  /** 0–1 of the chart's width. */
  value: number;
  /** What is written at the end of the bar, e.g. "42%" or "< 5". */
  text: string;
}

const W = 560;
const LABEL = 150;
const ROW = 26;

/** Horizontal bars, one per row. */
export function barChart(title: string, bars: Bar[]): string {
  const h = bars.length * ROW + 8;
  const rows = bars
    .map((b, i) => {
      const y = i * ROW + 4;
      const w = Math.round((W - LABEL - 60) * Math.max(0, Math.min(1, b.value)));
      return (
        `<text x="${LABEL - 6}" y="${y + 16}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${LABEL}" y="${y + 3}" width="${w}" height="18"/>` +
        `<text x="${LABEL + w + 6}" y="${y + 16}">${esc(b.text)}</text>`
      );
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(title)}">${rows}</svg>`;
}

export interface Edge {
  choice: string;
  target: string;
  /** 0–1 share of learners. */
  value: number;
  text: string;
  rating: 'strong' | 'acceptable' | 'weak';
}

/**
 * The scenario map, one layer per decision in the order of the content: the node, and an edge per
 * choice to where it leads, its width and its number the share of learners who took it.
 */
export function decisionMap(title: string, blocks: Array<{ node: string; edges: Edge[] }>): string {
  let y = 0;
  const parts = blocks.map((b) => {
    const h = Math.max(b.edges.length * 30, 36);
    const mid = h / 2;
    const label = b.node.length > 20 ? `${b.node.slice(0, 19)}…` : b.node;
    const edges = b.edges
      .map((e, i) => {
        const ey = i * 30 + 17;
        return `<path class="${e.rating[0]}" d="M150 ${mid}C260 ${mid} 260 ${ey} 370 ${ey}" stroke-width="${1 + Math.round(e.value * 14)}"/><text x="300" y="${ey - 4}">${esc(e.text)}</text><text x="376" y="${ey + 5}">${esc(e.target)}</text>`;
      })
      .join('');
    const g = `<g transform="translate(0 ${y})"><rect class="node" x="2" y="${mid - 14}" width="146" height="28" rx="4"/><text x="8" y="${mid + 5}">${esc(label)}</text>${edges}</g>`;
    y += h + 12;
    return g;
  });
  return `<svg class="map" viewBox="0 0 ${W + 80} ${y}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}
