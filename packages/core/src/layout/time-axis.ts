/**
 * One folded stretch of a `TimeAxis`: the real instants [`start`, `end`] (UTC ms) are drawn in the
 * shorter axis interval [`axisStart`, `axisEnd`].
 */
export interface AxisFold {
  readonly start: number;
  readonly end: number;
  readonly axisStart: number;
  readonly axisEnd: number;
}

/**
 * A monotonic, piecewise-linear map from UTC ms to axis units, in which the view is laid out and
 * zoomed: `x = (toAxis(t) - toAxis(view.start)) * k`. Outside its folds the slope is 1 (an axis
 * unit is a millisecond there; before the first fold the map is the identity), so lengths inside
 * a busy period keep their proportions; a fold draws a long empty stretch in a short interval.
 * `LINEAR_TIME_AXIS` has no folds. Build one with `foldedTimeAxis` or `compressTimeAxis`.
 */
export interface TimeAxis {
  /** The folds, in time order, not overlapping. */
  readonly folds: readonly AxisFold[];
  /** Axis units of a UTC instant (strictly increasing). */
  toAxis(time: number): number;
  /** The UTC instant at axis units `u` (the inverse of `toAxis`). */
  fromAxis(u: number): number;
}

const identity = (t: number): number => t;

/** The plain time axis: axis units are UTC ms. */
export const LINEAR_TIME_AXIS: TimeAxis = Object.freeze({ folds: Object.freeze([]), toAxis: identity, fromAxis: identity });

/**
 * The axis that draws each of `stretches` ([start, end] UTC ms, in time order, not overlapping,
 * each with its drawn length `axisLength` > 0) folded, and everything else at slope 1.
 * @throws RangeError when a stretch is empty, out of order, or drawn no shorter than it is.
 * @example
 * const axis = foldedTimeAxis([{ start: 100, end: 1100, axisLength: 10 }])
 * axis.toAxis(50) //=> 50;  axis.toAxis(600) //=> 105;  axis.toAxis(1200) //=> 210
 */
export function foldedTimeAxis(stretches: readonly { start: number; end: number; axisLength: number }[]): TimeAxis {
  if (stretches.length === 0) return LINEAR_TIME_AXIS;
  const folds: AxisFold[] = [];
  let shift = 0;
  let previousEnd = -Infinity;
  for (const { start, end, axisLength } of stretches) {
    if (!(start >= previousEnd) || !(end > start) || !(axisLength > 0) || !(axisLength < end - start)) {
      throw new RangeError(`foldedTimeAxis: got a stretch [${start}, ${end}] drawn ${axisLength} long, expected stretches in time order, each longer than it is drawn`);
    }
    const axisStart = start - shift;
    folds.push(Object.freeze({ start, end, axisStart, axisEnd: axisStart + axisLength }));
    shift += end - start - axisLength;
    previousEnd = end;
  }
  const n = folds.length;
  // The last fold starting at or before `value` (by real time or by axis units): -1 for none.
  const foldAt = (value: number, key: 'start' | 'axisStart'): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (folds[mid]![key] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  // One map for both directions: from the fold's `[a0, a1]` (real or axis) to its `[b0, b1]`, slope 1 outside.
  const through = (value: number, inverse: boolean): number => {
    const i = foldAt(value, inverse ? 'axisStart' : 'start');
    if (i < 0) return value;
    const f = folds[i]!;
    const [a0, a1, b0, b1] = inverse ? [f.axisStart, f.axisEnd, f.start, f.end] : [f.start, f.end, f.axisStart, f.axisEnd];
    if (value >= a1) return b1 + (value - a1);
    return b0 + ((value - a0) / (a1 - a0)) * (b1 - b0);
  };
  const toAxis = (t: number): number => through(t, false);
  const fromAxis = (u: number): number => through(u, true);
  return Object.freeze({ folds: Object.freeze(folds), toAxis, fromAxis });
}
