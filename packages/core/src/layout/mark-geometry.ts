import type { ClusterMark, EventMark } from './types.js';

/** Half the height of a range or span bar, px. */
export const BAR_HALF = 4;
/** Height of a cluster pill, px. */
export const PILL_HEIGHT = 16;
/** Smallest pill, px: wide enough for a three-digit count. */
export const MIN_PILL_WIDTH = 24;
/** Background events are drawn smaller (and fainter). */
export const BACKGROUND_SCALE = 0.75;

/** A box in plot coordinates, px: left, right, top, bottom. */
export interface MarkBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Left edge and width of a cluster's pill: at least `MIN_PILL_WIDTH` wide, centred on its interval. */
export function pillBox(c: Pick<ClusterMark, 'x' | 'x2'>): { x: number; width: number } {
  const width = Math.max(MIN_PILL_WIDTH, c.x2 - c.x);
  return { x: (c.x + c.x2) / 2 - width / 2, width };
}

/** Radius of a mark's glyph, px (background events are smaller). */
export function glyphRadius(m: Pick<EventMark, 'background'>, markSize: number): number {
  return (markSize / 2) * (m.background ? BACKGROUND_SCALE : 1);
}

/**
 * The box a mark or cluster occupies on screen: a point's glyph square, a bar from its glyph to its
 * end, a pill. What the pointer hits and what focus and selection rings go round.
 */
export function markBox(item: EventMark | ClusterMark, markSize: number): MarkBox {
  if (!('eventId' in item)) {
    const { x, width } = pillBox(item);
    return { x0: x, x1: x + width, y0: item.y - PILL_HEIGHT / 2, y1: item.y + PILL_HEIGHT / 2 };
  }
  const r = markSize / 2;
  if (item.shape === 'point' || item.shape === 'hollow') {
    const g = glyphRadius(item, markSize);
    return { x0: item.x - g, x1: item.x + g, y0: item.y - g, y1: item.y + g };
  }
  const left = item.shape === 'range' ? item.x - r : item.x;
  const right = item.shape === 'range' ? Math.max(item.x2, item.x) + r : Math.max(item.x2, item.x);
  const half = Math.max(r, BAR_HALF + 1);
  return { x0: left, x1: right, y0: item.y - half, y1: item.y + half };
}
