import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomLane } from '../../test/support/random-lane.js';
import { footprintRight } from './footprint-right.js';
import { laneIndex, laneIndexSteps, type LaneIndex } from './lane-index.js';
import type { PreparedLane } from './prepare-timeline.js';

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

/** The tree of numbers an index answers from (private: compared whole, as the layout reads it). */
function nodes(index: LaneIndex): Float64Array {
  return (index as unknown as { node: Float64Array }).node;
}

/** Drains `steps`: its result and what it yielded. */
function drain(steps: Generator<number, LaneIndex>): { index: LaneIndex; yields: number[] } {
  const yields: number[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { index: next.value, yields };
    yields.push(next.value);
  }
}

describe('laneIndexSteps (the index in steps)', () => {
  // 150,000 events: ~2,300 blocks, a tree of 4,096 leaves (several steps of blocks and of nodes).
  const lane = randomLane(150_000, 5, { ranges: 0.2, months: 0.2, years: 0.05, repeats: 0.4, spacingDays: 1 });

  it('builds the same index as one go does, whatever the step', () => {
    // A copy of the lane is a lane of its own (indexes are kept per lane object).
    const whole = nodes(drain(laneIndexSteps({ ...lane }, Infinity)).index);
    const firstDifference = (index: LaneIndex) => nodes(index).findIndex((x, i) => !Object.is(x, whole[i]));
    for (const eventsPerStep of [1, 4096, 10_000]) {
      const { index, yields } = drain(laneIndexSteps({ ...lane }, eventsPerStep));
      expect(nodes(index)).toHaveLength(whole.length);
      expect(firstDifference(index)).toBe(-1);
      expect(yields.length).toBeGreaterThan(lane.starts.length / Math.max(64, eventsPerStep));
    }
    expect(firstDifference(laneIndex({ ...lane }))).toBe(-1);
  });

  it('reads at most a step of events between two yields, and yields the events summarised so far, up to their number', () => {
    let reads = 0;
    const counted = <T extends Float64Array | Uint8Array>(array: T): T =>
      new Proxy(array, {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const watched: PreparedLane = { ...lane, starts: counted(lane.starts), ends: counted(lane.ends), kinds: counted(lane.kinds) };
    const steps = laneIndexSteps(watched);
    const perStep: number[] = [];
    const yields: number[] = [];
    for (;;) {
      reads = 0;
      const next = steps.next();
      perStep.push(reads);
      if (next.done) {
        expect(laneIndex(watched)).toBe(next.value);
        break;
      }
      yields.push(next.value);
    }
    // 4,096 events a step: each read for its start, end and kind, and each of its 64 blocks the start before it.
    expect(Math.max(...perStep)).toBeLessThanOrEqual(3 * 4096 + 64);
    expect(perStep.reduce((sum, r) => sum + r, 0)).toBeGreaterThanOrEqual(3 * lane.starts.length);
    expect(yields.every((v, i) => v >= (yields[i - 1] ?? 0))).toBe(true);
    expect(yields.at(-1)).toBe(lane.starts.length);
  });

  it('is not built again once built', () => {
    const built = laneIndex(lane);
    expect(drain(laneIndexSteps(lane)).index).toBe(built);
    expect(drain(laneIndexSteps(lane)).yields).toEqual([]);
  });
});
