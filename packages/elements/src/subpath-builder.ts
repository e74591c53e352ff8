import { glyphShape, type GlyphName } from './event-glyphs.js';
import { roundPx as round } from './round-px.js';

/**
 * Path data of many closed subpaths, each started relative to the previous one's start (after `z`
 * the pen is there): a lane's glyphs in one `d` with short numbers, e.g. `m14.2,0` between two
 * neighbours rather than `M523.4,137.5`. Positions are rounded as absolutes, so nothing drifts.
 */
export class SubpathBuilder {
  d = '';
  private x = 0;
  private y = 0;

  /** Starts a subpath at (`x`, `y`) and appends `tail` (relative commands ending in `z`). */
  add(x: number, y: number, tail: string): void {
    const rx = round(x);
    const ry = round(y);
    this.d += this.d ? `m${round(rx - this.x)},${round(ry - this.y)}${tail}` : `M${rx},${ry}${tail}`;
    this.x = rx;
    this.y = ry;
  }

  /** Appends a glyph centred on (`x`, `y`). */
  glyph(name: GlyphName, r: number, x: number, y: number): void {
    const g = glyphShape(name, r);
    this.add(x + g.dx, y + g.dy, g.tail);
  }
}
