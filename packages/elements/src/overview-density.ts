import type { ViewDomain } from '@syria-timeline/core';

/**
 * Counts event start times into `binCount` equal bins over `extent` (times outside are dropped):
 * the overview strip's density sketch. O(n) in one pass, no allocation per event.
 *
 * @example
 * densityBins([0, 1, 9], { start: 0, end: 10 }, 2) //=> Uint32Array [2, 1]
 */
export function densityBins(starts: ArrayLike<number>, extent: ViewDomain, binCount: number): Uint32Array {
  const bins = new Uint32Array(Math.max(1, Math.floor(binCount)));
  const span = extent.end - extent.start;
  if (!(span > 0)) return bins;
  const scale = bins.length / span;
  for (let i = 0; i < starts.length; i++) {
    const b = Math.floor(((starts[i] as number) - extent.start) * scale);
    if (b >= 0 && b < bins.length) bins[b]! += 1;
  }
  return bins;
}
