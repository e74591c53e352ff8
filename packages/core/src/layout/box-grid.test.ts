import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dataset/synthetic/mulberry32.js';
import { BoxGrid } from './box-grid.js';
import type { MarkBox } from './mark-geometry.js';

/** What `room` means, by reading every box: the distance from `from` towards `to` to the nearest box in the rows, 0 when one covers `from`. */
function roomByScan(boxes: readonly MarkBox[], width: number, from: number, to: number, y0: number, y1: number): number {
  const right = to >= from;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  let limit = hi - lo;
  for (const b of boxes) {
    if (b.x1 < 0 || b.x0 > width) continue; // the grid keeps only boxes on the plot
    if (b.y1 <= y0 || b.y0 >= y1 || b.x1 <= lo || b.x0 >= hi) continue;
    const d = right ? b.x0 - from : from - b.x1;
    if (d <= 0) return 0;
    limit = Math.min(limit, d);
  }
  return limit;
}

describe('BoxGrid.room', () => {
  it('finds the same room as reading every box, both ways, in sparse and dense plots with long bars', () => {
    const random = mulberry32(16);
    const width = 1_000;
    const height = 400;
    for (const count of [0, 5, 60, 900]) {
      const boxes: MarkBox[] = [];
      for (let i = 0; i < count; i++) {
        const x = random() * (width + 200) - 100;
        const y = random() * height;
        // Glyphs, short bars and bars across many cells (the grid's long lists).
        const w = random() < 0.2 ? random() * 600 : random() < 0.5 ? 8 : random() * 60;
        const h = random() < 0.1 ? height : 6 + random() * 10;
        boxes.push({ x0: x, x1: x + w, y0: y, y1: y + h });
      }
      const grid = new BoxGrid(width, height);
      for (const b of boxes) grid.add(b);
      let covered = 0;
      let open = 0;
      for (let q = 0; q < 2_000; q++) {
        const from = random() * width;
        const to = random() < 0.5 ? Math.min(width, from + random() * 240) : Math.max(0, from - random() * 240);
        const y = random() * height;
        const expected = roomByScan(boxes, width, from, to, y - 6.5, y + 6.5);
        expect(grid.room(from, to, y - 6.5, y + 6.5)).toBe(expected);
        if (expected === 0) covered++;
        else if (expected === Math.abs(to - from)) open++;
      }
      // The queries met boxes, found free rows, and everything between (the dense plot mostly covered spots).
      if (count >= 60) expect(covered).toBeGreaterThan(0);
      expect(open).toBeGreaterThan(0);
    }
  });
});
