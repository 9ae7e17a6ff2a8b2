/**
 * The scenario graph as boxes and arrows, laid out top to bottom in layers with crossing
 * minimisation (dagre, build time only). The map draws it (scenario-map.ts); nothing here knows
 * SVG.
 */
import dagre from '@dagrejs/dagre';
import type { Scenario } from '../schemas/scenario.ts';
import { CONTINUE } from './engine.ts';
import { edgesOf } from './graph.ts';

export type Rating = 'strong' | 'acceptable' | 'weak';
export type BoxKind = 'moment' | 'router' | 'threshold' | 'ending';

export interface MapBox {
  id: string;
  kind: BoxKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapArrow {
  from: string;
  to: string;
  /** Absent for a Continue, a route or a tipping point (drawn grey). */
  rating?: Rating;
  /** How many choices this arrow stands for (choices with the same rating to the same place). */
  count: number;
  /** A route's condition. */
  label?: string;
  /** The router's last route, taken when no condition holds (the drawing words it). */
  fallback?: boolean;
  points: Array<{ x: number; y: number }>;
  labelAt?: { x: number; y: number };
}

export interface MapLayout {
  width: number;
  height: number;
  boxes: MapBox[];
  arrows: MapArrow[];
}

export const BOX = { moment: [240, 66], ending: [240, 52], router: [40, 40], threshold: [40, 40] };
const LABEL_W = 7;

/** Threshold pseudo-boxes get an id no author id can have (ids are [a-z0-9_]). */
export const thresholdId = (meter: string, i: number) => `@${meter}#${i}`;

type Edge = Omit<MapArrow, 'points' | 'labelAt' | 'count'>;

/**
 * The arrows of the engine's graph (graph.ts), with each choice's rating and each route's
 * condition; a tipping point is drawn as its own box with one arrow out, not as an arrow from
 * every choice.
 */
function arrowsOf(s: Scenario): Edge[] {
  const routers = new Set((s.routers ?? []).map((r) => r.id));
  const ratings = new Map(
    s.nodes.flatMap((n) => (n.choices ?? []).map((c) => [`${n.id}>${c.id}`, c.rating] as const)),
  );
  const edges: Edge[] = [];
  for (const [from, out] of edgesOf(s))
    for (const e of out) {
      if (e.via) continue;
      if (routers.has(from))
        edges.push({ from, to: e.to, ...(e.when ? { label: e.when } : { fallback: true }) });
      else if (e.step === CONTINUE) edges.push({ from, to: e.to });
      else edges.push({ from, to: e.to, rating: ratings.get(`${from}>${e.step}`) });
    }
  for (const m of s.meters)
    m.thresholds.forEach((t, i) => {
      edges.push({ from: thresholdId(m.id, i), to: t.goto });
    });
  return edges;
}

type Point = { x: number; y: number };
const clamp = (x: number, b: MapBox) =>
  b.kind === 'router' || b.kind === 'threshold'
    ? b.x + BOX[b.kind][0] / 2
    : Math.min(Math.max(x, b.x + 14), b.x + b.width - 14);
const centreY = (b: MapBox) => b.y + b.height / 2;

/**
 * dagre's own arrow ends aim at box centres and may cut across a neighbour: leave from the bottom
 * of the box, arrive at the top, and between layers run only through the gaps (midway between two
 * layers' centres, which no box reaches) and through the slots dagre kept free for the arrow.
 */
function route(
  from: MapBox,
  to: MapBox,
  dagrePoints: Point[],
  index: number,
  layers: Set<number>,
): Point[] {
  const inner = dagrePoints.slice(1, -1);
  const single = inner.length <= 1; // one layer apart: dagre's middle point only spreads arrows
  const first = inner[0] ?? { x: to.x + to.width / 2, y: 0 };
  const last = inner[inner.length - 1] ?? { x: from.x + from.width / 2, y: 0 };
  const start = { x: clamp(first.x, from), y: from.y + from.height, cy: centreY(from) };
  const end = { x: clamp(last.x, to), y: to.y, cy: centreY(to) };
  if (from.kind === 'router' || from.kind === 'threshold') start.y = centreY(from) + 20;
  if (to.kind === 'router') end.y = centreY(to) - 20;
  const stops = [start, ...(single ? [] : inner.map((p) => ({ ...p, cy: p.y }))), end];
  const nudge = ((index % 5) - 2) * 3; // arrows sharing a gap do not run on top of each other
  const out: Point[] = [{ x: start.x, y: start.y }];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (Math.abs(a.x - b.x) > 0.5) {
      // dagre puts a bend point in each gap as well as in each layer it crosses.
      const gap = [a, b].find((p) => !layers.has(Math.round(p.cy)));
      const y = (gap ? gap.cy : (a.cy + b.cy) / 2) + nudge;
      out.push({ x: a.x, y }, { x: b.x, y });
    }
    out.push({ x: b.x, y: b.y });
  }
  return out;
}

/** Lays out `s`; choices with the same rating between the same two boxes share one arrow. */
export function layoutScenario(
  s: Scenario,
  sideLabel: (id: string) => string = (id) => id,
): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 46, edgesep: 26, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const kinds = new Map<string, BoxKind>();
  for (const n of s.nodes) kinds.set(n.id, 'moment');
  for (const r of s.routers ?? []) kinds.set(r.id, 'router');
  for (const e of s.endings) kinds.set(e.id, 'ending');
  for (const m of s.meters)
    m.thresholds.forEach((_, i) => {
      kinds.set(thresholdId(m.id, i), 'threshold');
    });
  for (const [id, kind] of kinds) {
    const [width, height] = BOX[kind];
    // A diamond's label sits to its right: the layout keeps room for it.
    const label =
      kind === 'router' || kind === 'threshold' ? 8 + sideLabel(id).length * LABEL_W : 0;
    g.setNode(id, { width: width + label, height });
  }
  const merged = new Map<string, Edge & { count: number }>();
  for (const e of arrowsOf(s)) {
    if (!kinds.has(e.to)) continue; // a dangling `next` is the validator's to report
    const key = `${e.from}>${e.to}>${e.rating ?? ''}>${e.label ?? ''}>${e.fallback ?? ''}`;
    const seen = merged.get(key);
    if (seen) seen.count++;
    else merged.set(key, { ...e, count: 1 });
  }
  for (const [key, e] of merged) {
    const chars = e.label?.length ?? (e.fallback ? 12 : 0);
    g.setEdge(
      e.from,
      e.to,
      chars ? { width: chars * LABEL_W, height: 16, labelpos: 'c' } : {},
      key,
    );
  }
  dagre.layout(g);
  const boxes: MapBox[] = [...kinds].map(([id, kind]) => {
    const n = g.node(id);
    return {
      id,
      kind,
      x: n.x - n.width / 2,
      y: n.y - n.height / 2,
      width: n.width,
      height: n.height,
    };
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const layers = new Set(boxes.map((b) => Math.round(centreY(b))));
  const arrows: MapArrow[] = [...merged].map(([key, e], i) => {
    const label = g.edge({ v: e.from, w: e.to, name: key });
    const at = label.x === undefined ? undefined : { x: label.x, y: label.y };
    const points = route(byId.get(e.from)!, byId.get(e.to)!, label.points ?? [], i, layers);
    return { ...e, points, ...(at ? { labelAt: at } : {}) };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, boxes, arrows };
}
