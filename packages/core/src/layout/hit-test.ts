import { markBox } from './mark-geometry.js';
import type { ClusterMark, EventMark } from './types.js';

/**
 * The mark or cluster under the point (`x`, `y`) in plot coordinates, or null: the one whose box
 * (`markBox`, grown by `slopPx` on every side, so small glyphs are easy to hit) contains the point,
 * and among several the one whose centre is nearest. Marks win over clusters, which are drawn
 * beneath them. Points outside `[0, width]` hit nothing (marks are clipped to the plot there).
 */
export function hitTest(
  items: { readonly marks: readonly EventMark[]; readonly clusters: readonly ClusterMark[] },
  x: number,
  y: number,
  options: { markSize: number; width: number; slopPx?: number },
): EventMark | ClusterMark | null {
  if (!(x >= 0 && x <= options.width)) return null;
  const slop = options.slopPx ?? 2;
  const nearest = <T extends EventMark | ClusterMark>(list: readonly T[]): T | null => {
    let best: T | null = null;
    let bestDistance = Infinity;
    for (const item of list) {
      const b = markBox(item, options.markSize);
      if (x < b.x0 - slop || x > b.x1 + slop || y < b.y0 - slop || y > b.y1 + slop) continue;
      // Distance to the box (0 inside), then to its centre line: a point inside a long bar still
      // loses to a glyph drawn over it.
      const dx = Math.max(b.x0 - x, 0, x - b.x1);
      const dy = Math.abs(y - (b.y0 + b.y1) / 2);
      const d = dx * dx + dy * dy + (b.x1 - b.x0) * 1e-3;
      if (d < bestDistance) {
        best = item;
        bestDistance = d;
      }
    }
    return best;
  };
  return nearest(items.marks) ?? nearest(items.clusters);
}
