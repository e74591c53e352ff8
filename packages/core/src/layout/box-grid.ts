import type { MarkBox } from './mark-geometry.js';

/** Width and height of the cells of the obstacle grid, px. */
const CELL = 64;
const BAND = 11;
/** A box spanning at least this many columns is kept in its band's list of long boxes. */
const LONG = 4;
/**
 * Boxes bucketed by cells of `CELL` × `BAND` px, for finding neighbours without a full scan: a long
 * bar covers many columns but one or two bands, so a query reads only the boxes of its own rows.
 */
export class BoxGrid {
  private readonly cells: (MarkBox[] | undefined)[];
  /** Boxes wider than `LONG` columns (long bars), per band: scanned whole rather than copied into every cell. */
  private readonly long: (MarkBox[] | undefined)[];
  private readonly columns: number;
  private readonly bands: number;

  constructor(private readonly width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width / CELL) + 1);
    this.bands = Math.max(1, Math.ceil(height / BAND) + 1);
    this.cells = new Array<MarkBox[] | undefined>(this.columns * this.bands);
    this.long = new Array<MarkBox[] | undefined>(this.bands);
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / CELL)));
  }

  private band(y: number): number {
    return Math.min(this.bands - 1, Math.max(0, Math.floor(y / BAND)));
  }

  add(b: MarkBox): void {
    if (b.x1 < 0 || b.x0 > this.width) return;
    const c0 = this.column(b.x0);
    const c1 = this.column(b.x1);
    for (let r = this.band(b.y0); r <= this.band(b.y1); r++) {
      if (c1 - c0 >= LONG) (this.long[r] ??= []).push(b);
      else for (let c = c0; c <= c1; c++) (this.cells[r * this.columns + c] ??= []).push(b);
    }
  }

  /**
   * How far a box of rows `y0`–`y1` starting at `from` can reach towards `to` (either direction)
   * before it meets a box: the distance in px, 0 when `from` itself is covered.
   *
   * The long boxes first, then the cells column by column from `from` outwards, stopping at the
   * first column whose boxes are all at least as far as the nearest found (a box in no column read
   * so far starts, or ends, beyond the column's near edge): in a dense view a title meets a mark
   * within a column or two, and the columns behind it are not read. Same answer as a scan of all.
   */
  room(from: number, to: number, y0: number, y1: number): number {
    const right = to >= from;
    let limit = Math.abs(to - from);
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const c0 = this.column(lo);
    const c1 = this.column(hi);
    const r0 = this.band(y0);
    const r1 = this.band(y1);
    for (let r = r0; r <= r1; r++) {
      const list = this.long[r];
      if (list === undefined) continue;
      // Indexed loops, not `for…of`: until the JIT has optimised `room` (a session's first zoom steps),
      // a `for…of` makes an iterator per loop and a result object per box read.
      for (let i = 0; i < list.length; i++) {
        const b = list[i]!;
        if (b.y1 <= y0 || b.y0 >= y1 || b.x1 <= lo || b.x0 >= hi) continue;
        const d = right ? b.x0 - from : from - b.x1;
        if (d <= 0) return 0;
        if (d < limit) limit = d;
      }
    }
    for (let n = 0; n <= c1 - c0; n++) {
      const c = right ? c0 + n : c1 - n;
      if (n > 0 && (right ? c * CELL - from : from - (c + 1) * CELL) >= limit) break;
      for (let r = r0; r <= r1; r++) {
        const list = this.cells[r * this.columns + c];
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const b = list[i]!;
          if (b.y1 <= y0 || b.y0 >= y1 || b.x1 <= lo || b.x0 >= hi) continue;
          const d = right ? b.x0 - from : from - b.x1;
          if (d <= 0) return 0;
          if (d < limit) limit = d;
        }
      }
    }
    return limit;
  }
}
