import type { EventType } from '@syria-timeline/core';

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

const polygon = (points: [number, number][]): string =>
  `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
const round = (v: number): number => Math.round(v * 100) / 100;
const regular = (n: number, r: number, phase: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = phase + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
const plusPoints = (r: number, t: number): [number, number][] => [
  [-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t],
];
const star = (n: number, outer: number, inner: number): [number, number][] =>
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
  let d = cache.get(key);
  if (d === undefined) cache.set(key, (d = buildGlyphPath(name, r)));
  return d;
}

const cache = new Map<string, string>();

function buildGlyphPath(name: GlyphName, r: number): string {
  const t = r * 0.38; // half the thickness of the bar-like glyphs
  switch (name) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
    case 'ring': {
      const i = r * 0.45;
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0ZM${i},0A${i},${i} 0 1 0 ${-i},0A${i},${i} 0 1 0 ${i},0Z`;
    }
    case 'square':
      return polygon([[-r * 0.8, -r * 0.8], [r * 0.8, -r * 0.8], [r * 0.8, r * 0.8], [-r * 0.8, r * 0.8]]);
    case 'diamond':
      return polygon([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case 'triangle':
      return polygon(regular(3, r, -Math.PI / 2));
    case 'triangle-down':
      return polygon(regular(3, r, Math.PI / 2));
    case 'arrow':
      return polygon(regular(3, r, 0));
    case 'pentagon':
      return polygon(regular(5, r, -Math.PI / 2));
    case 'hexagon':
      return polygon(regular(6, r, 0));
    case 'star':
      return polygon(star(5, r, r * 0.45));
    case 'burst':
      return polygon(star(8, r, r * 0.5));
    case 'plus':
      return polygon(plusPoints(r, t));
    case 'cross': {
      // A plus turned 45°: rotate the outline rather than the element, so hit areas stay simple.
      const c = Math.SQRT1_2;
      return polygon(plusPoints(r * 1.1, t).map(([x, y]) => [c * (x - y), c * (x + y)]));
    }
    case 'bar':
      return polygon([[-r, -t], [r, -t], [r, t], [-r, t]]);
    case 'wye': {
      const arm = (a: number): [number, number][] => {
        const c = Math.cos(a), s = Math.sin(a);
        return [[-t * s, t * c], [r * c - t * s, r * s + t * c], [r * c + t * s, r * s - t * c], [t * s, -t * c]];
      };
      return [arm(-Math.PI / 2), arm(Math.PI / 6), arm((5 * Math.PI) / 6)].map(polygon).join('');
    }
  }
}
