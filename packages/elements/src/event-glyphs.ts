import type { EventType } from '@syria-timeline/core';
import { roundPx as round } from './round-px.js';

/** The shape vocabulary: one glyph per event type, distinguishable without colour. */
export type GlyphName =
  | 'circle' | 'triangle' | 'arrow' | 'pentagon' | 'square' | 'ring' | 'diamond' | 'plus'
  | 'triangle-down' | 'wye' | 'bar' | 'cross' | 'star' | 'burst' | 'hexagon';

/**
 * Event type → glyph. Related acts share a family (requests point, agreements are square-ish,
 * hostile acts are spiky) so a dense lane still reads at a glance.
 */
export const EVENT_GLYPHS: Readonly<Record<EventType, GlyphName>> = {
  statement: 'circle',
  appeal: 'triangle',
  demand: 'arrow',
  offer: 'pentagon',
  meeting: 'square',
  call: 'ring',
  agreement: 'diamond',
  support: 'plus',
  criticism: 'triangle-down',
  accusation: 'wye',
  rejection: 'bar',
  veto: 'cross',
  sanction: 'star',
  violence: 'burst',
  other: 'hexagon',
};

type Point = [number, number];
/** A glyph is a list of closed subpaths: polygons, or circles (centre 0,0; `ccw` cuts a hole). */
type Subpath = { points: Point[] } | { circle: number; ccw?: boolean };

const regular = (n: number, r: number, phase: number): Point[] =>
  Array.from({ length: n }, (_, i) => {
    const a = phase + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
const plusPoints = (r: number, t: number): Point[] => [
  [-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t],
];
const star = (n: number, outer: number, inner: number): Point[] =>
  Array.from({ length: n * 2 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / n;
    const r = i % 2 === 0 ? outer : inner;
    return [r * Math.cos(a), r * Math.sin(a)];
  });

/**
 * SVG path data of a glyph centred on (0, 0) that fits a circle of radius `r` (px).
 * Thin glyphs (plus, cross, bar, wye) are drawn as filled outlines, not strokes, so the fill colour
 * and the hollow style work the same way for every shape.
 */
export function glyphPath(name: GlyphName, r: number): string {
  // Thousands of marks share a handful of (glyph, size) pairs: build each path string once.
  const key = `${name}:${r}`;
  let d = absolute.get(key);
  if (d === undefined) {
    const g = glyphShape(name, r);
    absolute.set(key, (d = `M${round(g.dx)},${round(g.dy)}${g.tail}`));
  }
  return d;
}

/**
 * A glyph as relative path data: its first point's offset from the centre (`dx`, `dy`) and the
 * relative commands from there (`tail`, which leaves the pen back at that first point).
 */
export function glyphShape(name: GlyphName, r: number): { dx: number; dy: number; tail: string } {
  const key = `${name}:${r}`;
  let g = relative.get(key);
  if (g === undefined) relative.set(key, (g = relativeGlyph(buildGlyph(name, r))));
  return g;
}

const absolute = new Map<string, string>();
const relative = new Map<string, { dx: number; dy: number; tail: string }>();

function startOf(s: Subpath): Point {
  return 'points' in s ? s.points[0]! : [s.circle, 0];
}

/** Subpaths as one relative path: after `z` the pen is back at the subpath's start, so `m` moves from there. */
function relativeGlyph(subpaths: Subpath[]): { dx: number; dy: number; tail: string } {
  const [dx, dy] = startOf(subpaths[0]!);
  let tail = '';
  let pen: Point = [dx, dy];
  let back: Point = [0, 0];
  subpaths.forEach((s, i) => {
    const start = startOf(s);
    if (i > 0) {
      const [mx, my] = [round(start[0] - pen[0]), round(start[1] - pen[1])];
      tail += `m${mx},${my}`;
      back = [round(back[0] - mx), round(back[1] - my)];
    }
    if ('points' in s) {
      // Rounded as absolute positions, then differenced, so the rounding does not accumulate.
      let [px, py] = [round(start[0]), round(start[1])];
      for (const [x, y] of s.points.slice(1)) {
        const [rx, ry] = [round(x), round(y)];
        tail += `l${round(rx - px)},${round(ry - py)}`;
        [px, py] = [rx, ry];
      }
    } else {
      const c = round(s.circle);
      const sweep = s.ccw ? 0 : 1;
      tail += `a${c},${c} 0 1 ${sweep} ${-2 * c},0a${c},${c} 0 1 ${sweep} ${2 * c},0`;
    }
    tail += 'z';
    pen = start;
  });
  // After `z` the pen is at the last subpath's start: move it back to the first one's (the ring,
  // the wye), where `SubpathBuilder` starts the next glyph from.
  if (subpaths.length > 1) tail += `m${back[0]},${back[1]}`;
  return { dx, dy, tail };
}

function buildGlyph(name: GlyphName, r: number): Subpath[] {
  const t = r * 0.38; // half the thickness of the bar-like glyphs
  const poly = (points: Point[]): Subpath[] => [{ points }];
  switch (name) {
    case 'circle':
      return [{ circle: r }];
    case 'ring':
      return [{ circle: r }, { circle: r * 0.45, ccw: true }];
    case 'square':
      return poly([[-r * 0.8, -r * 0.8], [r * 0.8, -r * 0.8], [r * 0.8, r * 0.8], [-r * 0.8, r * 0.8]]);
    case 'diamond':
      return poly([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case 'triangle':
      return poly(regular(3, r, -Math.PI / 2));
    case 'triangle-down':
      return poly(regular(3, r, Math.PI / 2));
    case 'arrow':
      return poly(regular(3, r, 0));
    case 'pentagon':
      return poly(regular(5, r, -Math.PI / 2));
    case 'hexagon':
      return poly(regular(6, r, 0));
    case 'star':
      return poly(star(5, r, r * 0.45));
    case 'burst':
      return poly(star(8, r, r * 0.5));
    case 'plus':
      return poly(plusPoints(r, t));
    case 'cross': {
      // A plus turned 45°: rotate the outline rather than the element, so hit areas stay simple.
      const c = Math.SQRT1_2;
      return poly(plusPoints(r * 1.1, t).map(([x, y]) => [c * (x - y), c * (x + y)]));
    }
    case 'bar':
      return poly([[-r, -t], [r, -t], [r, t], [-r, t]]);
    case 'wye': {
      const arm = (a: number): Subpath => {
        const c = Math.cos(a), s = Math.sin(a);
        return { points: [[-t * s, t * c], [r * c - t * s, r * s + t * c], [r * c + t * s, r * s - t * c], [t * s, -t * c]] };
      };
      return [arm(-Math.PI / 2), arm(Math.PI / 6), arm((5 * Math.PI) / 6)];
    }
  }
}
