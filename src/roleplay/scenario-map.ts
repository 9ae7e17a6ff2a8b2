/**
 * Draws a scenario graph as SVG for authors and reviewers, top to bottom (map-layout.ts): each
 * moment says who speaks and the first words of the line, each ending its outcome in words, each
 * silent fork is a small diamond with its conditions on its arrows. Arrows are coloured as the
 * legend drawn above them says; weak choices are also dashed, so colour is never the only cue.
 */

import { t } from '../i18n/ui.ts';
import type { Scenario } from '../schemas/scenario.ts';
import {
  BOX,
  type BoxKind,
  layoutScenario,
  type MapArrow,
  type MapBox,
  type Rating,
} from './map-layout.ts';

const INK = '#1c2329';
const MUTED = '#4f5a64';
const GREY = '#5a6570';
const OUTCOME = {
  resolved: ['#dff0e5', 'outcomeResolved'],
  partly_resolved: ['#fdf1d6', 'outcomePartlyResolved'],
  escalated: ['#f8dedc', 'outcomeEscalated'],
  ended_safely: ['#e1ebf5', 'outcomeEndedSafely'],
} as const;
const RATING: Record<Rating | 'auto', string> = {
  strong: '#1e6b45',
  acceptable: '#8a5a00',
  weak: '#a3312a',
  auto: GREY,
};
const LEGEND_H = 34;
const SIDE_TEXT = ` font-size="12" fill="${MUTED}"`;
// A white halo keeps a condition readable where it crosses an arrow.
const ARROW_TEXT =
  ` font-size="12" text-anchor="middle" ` +
  `fill="${INK}" paint-order="stroke" stroke="#fff" stroke-width="4"`;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first words of `text`, wrapped into at most `lines` lines of about `width` characters. */
export function firstWords(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = '';
      if (out.length === lines) break;
    }
    line = line ? `${line} ${word}` : word.slice(0, width);
  }
  if (out.length < lines && line) out.push(line);
  const shown = out.join(' ').length;
  if (shown < text.trim().replace(/\s+/g, ' ').length) out[out.length - 1] += '…';
  return out;
}

const textAt = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs}>${esc(s)}</text>`;

function momentBox(s: Scenario, b: MapBox, lang: string): string {
  const node = s.nodes.find((n) => n.id === b.id)!;
  const who =
    node.kind === 'inner'
      ? t(lang, 'kitMapInner')
      : node.kind === 'narration'
        ? t(lang, 'kitMapScene')
        : (s.characters.find((c) => c.id === node.speaker)?.name ?? node.speaker ?? '');
  const words = firstWords(node.text, 31, 2);
  const fill = node.choices?.length ? '#fff' : '#f4f6f8';
  return (
    `<g><title>${esc(node.id)}</title><rect ` +
    `x="${b.x}" y="${b.y}" width="${b.width}" ` +
    `height="${b.height}" rx="6" ` +
    `fill="${fill}" stroke="${GREY}"/>` +
    textAt(b.x + 8, b.y + 16, who, ' font-weight="bold"') +
    words.map((w, i) => textAt(b.x + 8, b.y + 33 + i * 15, w)).join('') +
    textAt(
      b.x + b.width - 6,
      b.y + 16,
      node.id,
      ` font-size="11" fill="${MUTED}" text-anchor="end"`,
    ) +
    '</g>'
  );
}

function endingBox(s: Scenario, b: MapBox, lang: string): string {
  const ending = s.endings.find((e) => e.id === b.id)!;
  const [fill, key] = OUTCOME[ending.outcome];
  const title = firstWords(ending.title, 31, 1)[0] ?? '';
  return (
    `<g><title>${esc(ending.id)}</title><rect x="${b.x}" y="${b.y}" width="${b.width}" ` +
    `height="${b.height}" rx="16" fill="${fill}" stroke="${INK}" ` +
    'stroke-width="2"/>' +
    textAt(b.x + 10, b.y + 20, t(lang, key), ' font-weight="bold"') +
    `${textAt(b.x + 10, b.y + 38, title)}</g>`
  );
}

function diamond(b: MapBox, label: string, id: string): string {
  const r = BOX.router[0] / 2;
  const cx = b.x + r;
  const cy = b.y + b.height / 2;
  return (
    `<g><title>${esc(id)}</title><path d="M${cx},${cy - r} L${cx + r},${cy} ` +
    `L${cx},${cy + r} L${cx - r},${cy} Z" fill="#f4f6f8" stroke="${GREY}" ` +
    `stroke-width="1.5"/>${textAt(cx + r + 6, cy + 4, label, SIDE_TEXT)}</g>`
  );
}

/** The words beside a diamond: a router's id, or a tipping point's condition. */
function sideLabel(s: Scenario, id: string, lang: string): string {
  if (!id.startsWith('@')) return id;
  const [meter, i] = id.slice(1).split('#');
  const when = s.meters.find((m) => m.id === meter)!.thresholds[Number(i)].when;
  return t(lang, 'kitMapTipping', { when });
}

function box(s: Scenario, b: MapBox, lang: string): string {
  const kinds: Record<BoxKind, () => string> = {
    moment: () => momentBox(s, b, lang),
    ending: () => endingBox(s, b, lang),
    router: () => diamond(b, b.id, b.id),
    threshold: () => diamond(b, sideLabel(s, b.id, lang), b.id.slice(1).split('#')[0]),
  };
  return kinds[b.kind]();
}

function arrow(a: MapArrow, lang: string): string {
  const kind = a.rating ?? 'auto';
  const d = a.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const dash = a.rating === 'weak' ? ' stroke-dasharray="6 4"' : '';
  const path =
    `<path class="arrow-${kind}" ` +
    `d="${d}" fill="none" stroke="${RATING[kind]}" stroke-width="1.6" ` +
    `marker-end="url(#arrow-${kind})"${dash}/>`;
  const text =
    a.label ?? (a.fallback ? t(lang, 'kitMapOtherwise') : a.count > 1 ? `×${a.count}` : '');
  if (!text) return path;
  const at = a.labelAt ?? a.points[Math.floor(a.points.length / 2)];
  return path + textAt(at.x, at.y + 4, text, ARROW_TEXT);
}

/** The legend drawn as real arrows, with its width, so the map is at least as wide. */
function legend(lang: string): { svg: string; width: number } {
  const items: Array<[Rating | 'auto', string]> = [
    ['strong', t(lang, 'kitMapLegendStrong')],
    ['acceptable', t(lang, 'kitMapLegendAcceptable')],
    ['weak', t(lang, 'kitMapLegendWeak')],
    ['auto', t(lang, 'kitMapLegendAuto')],
  ];
  let x = 8;
  const parts = [textAt(x, 22, t(lang, 'kitMapLegend'), ' font-weight="bold"')];
  x += t(lang, 'kitMapLegend').length * 8 + 10;
  for (const [kind, label] of items) {
    const dash = kind === 'weak' ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<path d="M${x},18 L${x + 34},18" stroke="${RATING[kind]}" stroke-width="2" ` +
        `marker-end="url(#arrow-${kind})"${dash}/>`,
      textAt(x + 42, 22, label),
    );
    x += 42 + label.length * 7.2 + 18;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, width: x };
}

const markers = () =>
  Object.entries(RATING)
    .map(
      ([kind, colour]) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" ` +
        `markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" ` +
        `fill="${colour}"/></marker>`,
    )
    .join('');

/** The map with its words (outcomes, legend, title) in `lang`; the scenario's own text as given. */
export function scenarioMap(scenario: Scenario, lang: string): string {
  const layout = layoutScenario(scenario, (id) => sideLabel(scenario, id, lang));
  const arrows = layout.arrows.map((a) => arrow(a, lang));
  const key = legend(lang);
  const width = Math.ceil(Math.max(layout.width, key.width));
  const height = Math.ceil(layout.height + LEGEND_H);
  const title = t(lang, 'kitMapSvgTitle', {
    title: scenario.title,
    moments: scenario.nodes.length,
    endings: scenario.endings.length,
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` +
    `${width} ${height}" width="${width}" ` +
    `height="${height}" role="img" ` +
    `aria-labelledby="map-${scenario.id}-title" font-family="system-ui, sans-serif" ` +
    `font-size="13" fill="${INK}">
<title id="map-${scenario.id}-title">${esc(title)}</title>
<defs>${markers()}</defs>
${key.svg}
<g transform="translate(${((width - layout.width) / 2).toFixed(1)},${LEGEND_H})">
${arrows.join('\n')}
${layout.boxes.map((b) => box(scenario, b, lang)).join('\n')}
</g>
</svg>
`
  );
}
