/**
 * Draws a scenario graph as SVG for authors and reviewers: nodes in columns by distance from the
 * start, arrows for choices (labelled with their rating), endings labelled and coloured by outcome.
 * Colour is never the only cue: every ending box says its outcome in words.
 */

import { t } from '../i18n/ui.ts';
import type { Scenario } from '../schemas/scenario.ts';

const W = 170,
  H = 54,
  GAP_X = 70,
  GAP_Y = 26;
const OUTCOME = {
  resolved: ['#dff0e5', 'outcomeResolved'],
  partly_resolved: ['#fdf1d6', 'outcomePartlyResolved'],
  escalated: ['#f8dedc', 'outcomeEscalated'],
  ended_safely: ['#e1ebf5', 'outcomeEndedSafely'],
} as const;
const RATING = { strong: '#1e6b45', acceptable: '#6a5200', weak: '#a3312a' } as const;

const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/** The map with its words (outcomes, legend, title) in `lang`; the scenario's own text as given. */
export function scenarioMap(scenario: Scenario, lang: string): string {
  const edges: Array<{ from: string; to: string; rating?: keyof typeof RATING }> = [];
  for (const n of scenario.nodes) {
    if (n.next) edges.push({ from: n.id, to: n.next });
    for (const c of n.choices ?? []) edges.push({ from: n.id, to: c.next, rating: c.rating });
  }
  for (const r of scenario.routers ?? [])
    for (const route of r.routes) edges.push({ from: r.id, to: route.next });
  for (const m of scenario.meters)
    for (const t of m.thresholds)
      for (const n of scenario.nodes.filter((x) => x.choices))
        edges.push({ from: n.id, to: t.goto });
  const depth = new Map<string, number>([[scenario.start, 0]]);
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.from === id))
      if (!depth.has(e.to)) depth.set(e.to, depth.get(id)! + 1), queue.push(e.to);
  }
  const maxDepth = Math.max(...depth.values());
  for (const e of scenario.endings) depth.set(e.id, maxDepth + 1); // endings share the last column
  const columns = new Map<number, string[]>();
  for (const [id, d] of depth) columns.set(d, [...(columns.get(d) ?? []), id]);
  const pos = new Map<string, { x: number; y: number }>();
  for (const [d, ids] of columns)
    ids.forEach((id, i) => pos.set(id, { x: 10 + d * (W + GAP_X), y: 40 + i * (H + GAP_Y) }));
  const width = 20 + (maxDepth + 2) * (W + GAP_X);
  const height = 60 + Math.max(...[...columns.values()].map((c) => c.length)) * (H + GAP_Y);

  const lines = edges
    .filter((e) => pos.has(e.from) && pos.has(e.to))
    .map((e) => {
      const a = pos.get(e.from)!,
        b = pos.get(e.to)!;
      const colour = e.rating ? RATING[e.rating] : '#5a6570';
      return `<line x1="${a.x + W}" y1="${a.y + H / 2}" x2="${b.x}" y2="${b.y + H / 2}" stroke="${colour}" stroke-width="1.5" marker-end="url(#arrow)"${e.rating === 'weak' ? ' stroke-dasharray="5 3"' : ''}/>`;
    });
  const boxes = scenario.nodes
    .filter((n) => pos.has(n.id))
    .map((n) => {
      const p = pos.get(n.id)!;
      const label =
        n.kind === 'inner'
          ? t(lang, 'kitMapInner')
          : n.kind === 'narration'
            ? t(lang, 'kitMapScene')
            : (n.speaker ?? '');
      return `<g><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="6" fill="#fff" stroke="#5a6570"/><text x="${p.x + 8}" y="${p.y + 18}" font-size="12" font-weight="bold">${esc(clip(n.id, 24))}</text><text x="${p.x + 8}" y="${p.y + 36}" font-size="11">${esc(clip(label, 26))}</text></g>`;
    });
  const routers = (scenario.routers ?? [])
    .filter((r) => pos.has(r.id))
    .map((r) => {
      const p = pos.get(r.id)!;
      return `<g><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="6" fill="#f4f6f8" stroke="#5a6570" stroke-dasharray="3 2"/><text x="${p.x + 8}" y="${p.y + 18}" font-size="12" font-weight="bold">${esc(clip(r.id, 24))}</text><text x="${p.x + 8}" y="${p.y + 36}" font-size="11">${esc(clip(r.routes.map((x) => x.when ?? '…').join(' / '), 26))}</text></g>`;
    });
  const endings = scenario.endings.map((e) => {
    const p = pos.get(e.id)!;
    const [fill, key] = OUTCOME[e.outcome];
    const word = t(lang, key);
    return `<g><rect x="${p.x}" y="${p.y}" width="${W}" height="${H}" rx="14" fill="${fill}" stroke="#1c2329" stroke-width="2"/><text x="${p.x + 8}" y="${p.y + 18}" font-size="12" font-weight="bold">${esc(word)}</text><text x="${p.x + 8}" y="${p.y + 36}" font-size="11">${esc(clip(e.title, 28))}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-${scenario.id}-title" font-family="system-ui, sans-serif" fill="#1c2329">
<title id="map-${scenario.id}-title">${t(lang, 'kitMapSvgTitle', { title: esc(scenario.title), moments: scenario.nodes.length, endings: scenario.endings.length })}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5a6570"/></marker></defs>
<text x="10" y="22" font-size="13">${esc(t(lang, 'kitMapLegend'))}</text>
${lines.join('\n')}
${boxes.join('\n')}
${routers.join('\n')}
${endings.join('\n')}
</svg>
`;
}
