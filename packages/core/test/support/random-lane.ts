import { mulberry32 } from '../../src/dataset/synthetic/mulberry32.js';
import { EVENT_FLAG, PRECISION_CODE, type PreparedLane } from '../../src/layout/prepare-timeline.js';

const DAY = 86_400_000;

/** Shares of the kinds of event in a `randomLane` (the rest are day points). */
export interface RandomLaneMix {
  ranges: number;
  months: number;
  years: number;
  /** Share of events starting on the same day as the one before (bursts of equal starts). */
  repeats: number;
  /** Mean days between neighbouring starts (the lane's density). */
  spacingDays: number;
}

/**
 * A prepared lane of `n` seeded random events, built directly as typed arrays (fast even at
 * 1,000,000): day points, day ranges of 1–90 days, month and year points (whose periods make
 * spans, or hollow glyphs when zoomed out), in bursts and gaps, from 2011-01-01 UTC.
 */
export function randomLane(n: number, seed: number, mix: RandomLaneMix): PreparedLane {
  const random = mulberry32(seed);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  const kinds = new Uint8Array(n);
  let day = 0;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i > 0 && random() >= mix.repeats) day += random() * random() * 4 * mix.spacingDays;
    const date = new Date(Date.UTC(2011, 0, 1) + Math.floor(day) * DAY);
    const r = random();
    let start = date.getTime();
    let end = start + DAY - 1;
    let kind = PRECISION_CODE.day << 4;
    if (r < mix.ranges) {
      end = start + (1 + Math.floor(random() * 90)) * DAY - 1;
      kind = EVENT_FLAG.RANGE;
    } else if (r < mix.ranges + mix.months) {
      // A month point: its period starts at the month's start, never before the previous start.
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth();
      start = Math.max(Date.UTC(y, m, 1), i > 0 ? starts[i - 1]! : -Infinity);
      end = Date.UTC(y, m + 1, 1) - 1;
      kind = PRECISION_CODE.month << 4;
    } else if (r < mix.ranges + mix.months + mix.years) {
      const y = date.getUTCFullYear();
      start = Math.max(Date.UTC(y, 0, 1), i > 0 ? starts[i - 1]! : -Infinity);
      end = Date.UTC(y + 1, 0, 1) - 1;
      kind = PRECISION_CODE.year << 4;
    }
    if (random() < 0.05) kind |= EVENT_FLAG.APPROXIMATE;
    starts[i] = start;
    ends[i] = end;
    maxEnds[i] = max = Math.max(max, end);
    kinds[i] = kind;
  }
  const events = Int32Array.from({ length: n }, (_, i) => i);
  return { lane: { id: `lane-${seed}`, label: `Lane ${seed}`, order: 0, color: '#000' }, events, starts, ends, maxEnds, kinds };
}
