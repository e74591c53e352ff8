import { EVENT_FLAG, PRECISION_CODE } from './event-flag.js';

const RANGE = EVENT_FLAG.RANGE;
const DAY = PRECISION_CODE.day;

/**
 * The right edge (px) of an event's footprint in a lane (see `packLane`): the end of its bar (a
 * range, at least one glyph wide), the end of its span (a month or year wide enough to draw), or the
 * edge of its glyph (a day's point, or the hollow glyph of a period too narrow to draw, at its
 * middle). `kind` is the lane's `kinds` entry, `x0` and `xe` px of its first instant and of just
 * after its last.
 */
export function footprintRight(kind: number, x0: number, xe: number, markSize: number, minSpanPx: number): number {
  if ((kind & RANGE) !== 0) return Math.max(xe, x0 + markSize);
  if (kind >> 4 === DAY) return x0 + markSize / 2;
  return xe - x0 >= minSpanPx ? xe : (x0 + xe) / 2 + markSize / 2;
}
