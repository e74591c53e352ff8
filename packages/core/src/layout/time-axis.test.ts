import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINEAR_TIME_AXIS, foldedTimeAxis } from './time-axis.js';

const axis = foldedTimeAxis([
  { start: 100, end: 1100, axisLength: 10 },
  { start: 2000, end: 6000, axisLength: 40 },
]);

describe('foldedTimeAxis', () => {
  it('is the identity before the first fold and has slope 1 between and after folds', () => {
    expect(axis.toAxis(-500)).toBe(-500);
    expect(axis.toAxis(100)).toBe(100);
    expect(axis.toAxis(1100)).toBe(110);
    expect(axis.toAxis(1500) - axis.toAxis(1200)).toBe(300);
    expect(axis.toAxis(6000)).toBe(1050);
    expect(axis.toAxis(7000)).toBe(2050);
  });

  it('draws each folded stretch in its short axis length, linearly', () => {
    expect(axis.toAxis(600)).toBe(105);
    expect(axis.toAxis(4000)).toBe(1030);
    expect(axis.folds.map((f) => [f.axisStart, f.axisEnd])).toEqual([[100, 110], [1010, 1050]]);
  });

  it('is strictly increasing, and fromAxis inverts it', () => {
    fc.assert(fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 5e3, noNaN: true }), (t, d) => {
      expect(axis.toAxis(t + d)).toBeGreaterThan(axis.toAxis(t));
      expect(axis.fromAxis(axis.toAxis(t))).toBeCloseTo(t, 6);
    }));
  });

  it('with no stretch is the linear axis', () => {
    expect(foldedTimeAxis([])).toBe(LINEAR_TIME_AXIS);
    expect(LINEAR_TIME_AXIS.toAxis(1234)).toBe(1234);
  });

  it('refuses stretches out of order, empty, or drawn no shorter than they are', () => {
    expect(() => foldedTimeAxis([{ start: 10, end: 20, axisLength: 1 }, { start: 5, end: 8, axisLength: 1 }])).toThrow(/time order/);
    expect(() => foldedTimeAxis([{ start: 10, end: 10, axisLength: 0 }])).toThrow(RangeError);
    expect(() => foldedTimeAxis([{ start: 10, end: 20, axisLength: 10 }])).toThrow(/longer than it is drawn/);
  });
});
