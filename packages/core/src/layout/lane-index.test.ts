import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomLane } from '../../test/support/random-lane.js';
import { footprintRight } from './footprint-right.js';
import { laneIndex } from './lane-index.js';

const DAY = 86_400_000;

describe('laneIndex (range queries against reading every event)', () => {
  const lanes = [
    randomLane(3000, 1, { ranges: 0.2, months: 0.05, years: 0.01, repeats: 0.3, spacingDays: 1 }),
    randomLane(2000, 2, { ranges: 0.1, months: 0.4, years: 0.2, repeats: 0.6, spacingDays: 3 }),
    randomLane(700, 3, { ranges: 0.5, months: 0.2, years: 0.1, repeats: 0.1, spacingDays: 10 }),
    randomLane(65, 4, { ranges: 0.2, months: 0.3, years: 0.1, repeats: 0.5, spacingDays: 2 }),
  ];
  const query = fc.record({
    lane: fc.integer({ min: 0, max: lanes.length - 1 }),
    a: fc.nat(),
    length: fc.nat({ max: 3000 }),
    // From years per px (months and years drawn hollow) to hours per px.
    msPerPx: fc.double({ min: 3_600_000, max: 400 * DAY, noNaN: true }),
    from: fc.integer({ min: -400, max: 2500 }),
    markSize: fc.constantFrom(0, 6, 12),
    minSpanPx: fc.constantFrom(0, 8, 20),
    threshold: fc.double({ min: 0, max: 30, noNaN: true }),
  });

  it('gives the latest end, the rightmost footprint edge, the first wide gap and the first event ending after an instant', () => {
    fc.assert(fc.property(query, ({ lane: l, a: a0, length, msPerPx, from, markSize, minSpanPx, threshold }) => {
      const lane = lanes[l]!;
      const n = lane.starts.length;
      const a = a0 % n;
      const b = Math.min(n, a + length);
      const k = 1 / msPerPx;
      const d = Date.UTC(2011, 0, 1) + from * DAY;
      const index = laneIndex(lane);
      index.setView(k, d, markSize, minSpanPx);
      let maxEnd = -Infinity;
      let maxRight = -Infinity;
      for (let i = a; i < b; i++) {
        maxEnd = Math.max(maxEnd, lane.ends[i]!);
        maxRight = Math.max(maxRight, footprintRight(lane.kinds[i]!, (lane.starts[i]! - d) * k, (lane.ends[i]! + 1 - d) * k, markSize, minSpanPx));
      }
      expect(index.maxEnd(a, b)).toBe(maxEnd);
      // Exactly the same double, not just close: packLane's output must not change.
      expect(index.maxRight(a, b)).toBe(maxRight);
      const gap = threshold * DAY;
      let firstGap = b;
      for (let i = a; i < b && firstGap === b; i++) if ((i === 0 ? Infinity : lane.starts[i]! - lane.starts[i - 1]!) >= gap) firstGap = i;
      expect(index.firstGap(a, b, gap)).toBe(firstGap);
      const t = d + threshold * 20 * DAY;
      let firstEnd = b;
      for (let i = a; i < b && firstEnd === b; i++) if (lane.ends[i]! >= t) firstEnd = i;
      expect(index.firstEndFrom(a, b, t)).toBe(firstEnd);
    }), { numRuns: 2000, seed: 160 });
  });

  it('is built once per lane', () => {
    expect(laneIndex(lanes[0]!)).toBe(laneIndex(lanes[0]!));
  });
});
