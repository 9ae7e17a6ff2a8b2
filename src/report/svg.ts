/**
 * Charts drawn at build time as inline SVG: no script, no framework. Each chart is an image with a
 * short text alternative; the page puts the full data in a table next to it. The markup is kept
 * terse (one path for all bars, shared shapes by <use>, styling in the page's CSS, numbers as
 * unquoted attribute values, which HTML allows; mind the space before a `/>` after one) because a
 * whole course's report draws hundreds of them and must stay under 200 KB.
 */
import { esc, text } from './html.ts';

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

/** Horizontal bars, one per row: labels right-aligned (CSS), bars as one thick stroked path. */
export function barChart(title: string, bars: Bar[]): string {
  const h = bars.length * ROW + 8;
  const widths = bars.map((b) => Math.round((W - LABEL - 60) * Math.max(0, Math.min(1, b.value))));
  const labels = bars.map((b, i) => `<text y=${i * ROW}>${text(b.label)}</text>`).join('');
  const path = widths.map((w, i) => `M${LABEL} ${i * ROW + 12}h${w}`).join('');
  const values = bars
    .map((b, i) => `<text x=${LABEL + widths[i] + 6} y=${i * ROW + 16}>${text(b.text)}</text>`)
    .join('');
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(title)}">` +
    `<g class="l" transform="translate(${LABEL - 6} ` +
    `16)">${labels}</g><path d="${path}"/>${values}</svg>`
  );
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
 * Edge widths 1–15 as classes (`w1`…`w15`) for the page's CSS: shorter than an attribute per edge.
 */
export const EDGE_WIDTH_CSS = Array.from(
  { length: 15 },
  (_, i) => `.w${i + 1}{stroke-width:${i + 1}}`,
).join('');

/**
 * Shapes the maps refer to with `<use>` instead of repeating them: the node box (`n`) and the
 * edge curve of choice i out of k (`e<k><i>`, k and i single digits: its shape depends on nothing
 * else). The page
 * writes the ones used, once, in a hidden SVG (`mapShapes`).
 */
const usedEdges = new Set<string>();
const edgeGeometry = (k: number, i: number) => {
  const mid = Math.max(k * 30, 36) >> 1;
  const ey = i * 30 + 17;
  return { mid, ey, dy: ey - mid };
};

export function mapShapes(): string {
  const edges = [...usedEdges].map((id) => {
    const [k, i] = [...id.slice(1)].map(Number);
    const { mid, dy } = edgeGeometry(k, i);
    const d = dy < 0 ? `${dy}` : ` ${dy}`; // "110-13": a minus separates numbers
    return `<path id="${id}" d="M150 ${mid}c110 0 110${d} 220${d}"/>`;
  });
  usedEdges.clear();
  return (
    `<svg class="shapes" width="0" height="0" aria-hidden="true" focusable="false"><rect ` +
    `id="n" class="node" x="2" width="146" height="28" rx="4"/>${edges.join('')}</svg>`
  );
}

/**
 * The scenario map, one layer per decision in the order of the content: the node, and an edge per
 * choice to where it leads, its width and the number at its end the share of learners who took it.
 */
export function decisionMap(title: string, blocks: Array<{ node: string; edges: Edge[] }>): string {
  let y = 0;
  const parts = blocks.map((b) => {
    const k = b.edges.length;
    const h = Math.max(k * 30, 36);
    const mid = h >> 1;
    const label = b.node.length > 20 ? `${b.node.slice(0, 19)}…` : b.node;
    const edges = b.edges
      .map((e, i) => {
        const id = `e${k}${i}`;
        usedEdges.add(id);
        const width = 1 + Math.round(e.value * 14);
        const label = text(`${e.text} → ${e.target}`);
        return (
          `<use href=#${id} ` +
          `class="${e.rating[0]} ` +
          `w${width}"/><text x=376 y=${edgeGeometry(k, i).ey + 5}>${label}</text>`
        );
      })
      .join('');
    // A nested <svg y> places the layer: shorter than <g transform="translate(0 y)">.
    const g =
      `<svg y=${y}><use href=#n ` +
      `y=${mid - 14} /><text x=8 y=${mid + 5}>${text(label)}</text>${edges}</svg>`;
    y += h + 12;
    return g;
  });
  return (
    `<svg class="map" viewBox="0 0 ` +
    `${W + 80} ${y}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`
  );
}
