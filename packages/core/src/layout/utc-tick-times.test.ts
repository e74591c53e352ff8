import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import type { DetailLevel } from './types.js';
import { utcTickTimes } from './utc-tick-times.js';

/** What axis-ticks.ts asked d3-time for before `utcTickTimes` replaced it: the oracle. */
function d3Interval(level: DetailLevel, step: number): TimeInterval {
  if (level === 'day') {
    return step === 1 ? utcDay : utcDay.filter((date) => {
      const d = date.getUTCDate() - 1;
      return d % step === 0 && d <= 28 - step;
    });
  }
  return (level === 'month' ? utcMonth : utcYear).every(step)!;
}

const d3Times = (level: DetailLevel, step: number, start: number, end: number) =>
  d3Interval(level, step).range(new Date(start), new Date(end)).map((d) => d.getTime());

/** A seeded generator (LCG), so that a failure names a case that comes back. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const YEAR_0 = Date.UTC(2000, 0, 1) - 2000 * 365.2425 * 86_400_000;
const YEAR_9999 = Date.UTC(9999, 0, 1);
const cases: [DetailLevel, readonly number[], number][] = [
  // level, steps (axis-ticks.ts's), longest span in days
  ['day', [1, 2, 7, 14], 400],
  ['month', [1, 2, 3, 6], 40 * 366],
  ['year', [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], 4000 * 366],
];

describe('utcTickTimes', () => {
  for (const [level, steps, maxDays] of cases) {
    it(`gives the ticks d3-time's UTC intervals gave, ${level}s, steps ${steps.join(', ')}`, () => {
      const random = lcg(level.length * 7919);
      for (let i = 0; i < 300; i++) {
        const step = steps[i % steps.length]!;
        const start = YEAR_0 + random() * (YEAR_9999 - YEAR_0);
        // A third of the cases start on a whole UTC day (a boundary is then in the range).
        const from = i % 3 === 0 ? Math.floor(start / 86_400_000) * 86_400_000 : start;
        const end = from + random() * maxDays * 86_400_000;
        expect(utcTickTimes(level, step, from, end), `${level} ×${step} [${new Date(from).toISOString()}, ${new Date(end).toISOString()})`)
          .toEqual(d3Times(level, step, from, end));
      }
    });
  }

  it('keeps years 0–99 as themselves, and gives nothing for an empty range', () => {
    const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
    expect(utcTickTimes('year', 10, yearStart(35), yearStart(70)).map((t) => new Date(t).getUTCFullYear())).toEqual([40, 50, 60]);
    expect(utcTickTimes('month', 1, Date.UTC(2012, 0, 1), Date.UTC(2012, 0, 1))).toEqual([]);
  });
});
