import { describe, expect, it } from 'vitest';
import { createTimeScale } from './time-scale.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('createTimeScale(start, end, width)', () => {
  it('maps the domain onto [0, width] linearly, and extrapolates outside it', () => {
    const x = createTimeScale(utc(2012, 1), utc(2013, 1), 366);
    expect(x(utc(2012, 1))).toBe(0);
    expect(x(utc(2013, 1))).toBe(366);
    expect(x(utc(2012, 2))).toBeCloseTo(31, 9);
    expect(x(utc(2011, 12, 31))).toBeCloseTo(-1, 9);
    expect(x(utc(2013, 1, 2))).toBeCloseTo(367, 9);
    expect([x.start, x.end, x.width]).toEqual([utc(2012, 1), utc(2013, 1), 366]);
  });

  it('inverts: x.invert(x(t)) is t, and the ends map back exactly', () => {
    const x = createTimeScale(utc(2011, 3, 15), utc(2015, 9, 30), 1234.5);
    expect(x.invert(0)).toBe(utc(2011, 3, 15));
    expect(x.invert(1234.5)).toBe(utc(2015, 9, 30));
    for (const t of [utc(2012, 2, 7), utc(2013, 11, 4), utc(2010, 1, 1)]) expect(x.invert(x(t))).toBeCloseTo(t, -1);
  });

  it('gives the same x as d3 scaleUtc did: width · ((t − start) / (end − start))', () => {
    const start = utc(2011, 1, 1) - 5.5e9;
    const end = utc(2016, 1, 1) + 7.25e9;
    const x = createTimeScale(start, end, 977);
    const t = utc(2013, 8, 21);
    expect(x(t)).toBe(977 * ((t - start) / (end - start)));
  });

  it('throws a RangeError for an empty, reversed or non-finite domain', () => {
    expect(() => createTimeScale(5, 5, 100)).toThrow(/expected finite UTC ms with end > start/);
    expect(() => createTimeScale(10, 5, 100)).toThrow(RangeError);
    expect(() => createTimeScale(0, Number.NaN, 100)).toThrow(/got domain \[0, NaN\]/);
    expect(() => createTimeScale(0, 1, Infinity)).toThrow(/got width Infinity/);
  });
});
