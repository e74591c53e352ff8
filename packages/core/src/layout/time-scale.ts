/**
 * A linear map from UTC time to px: the domain `[start, end]` (UTC ms) onto `[0, width]`. What the
 * layout needed of d3's `scaleUtc`, without its interpolators and formats (d3-scale brings
 * d3-interpolate, d3-color, d3-format and d3-time-format into a page).
 */
export interface TimeScale {
  /** The domain, UTC ms. */
  readonly start: number;
  readonly end: number;
  /** The range's right end, px (the left end is 0). */
  readonly width: number;
  /** x in px of a UTC instant; outside the domain it extrapolates (no clamping). */
  (time: number): number;
  /** The UTC instant (ms) at x px: the inverse of the scale. */
  invert(x: number): number;
}

/**
 * A `TimeScale` from `[start, end]` UTC ms onto `[0, width]` px. The arithmetic is d3-scale's
 * (normalise, then interpolate), so x values are the same to the last bit as `scaleUtc` gave.
 *
 * @throws RangeError when the domain or width is not finite, or `end` is not after `start`.
 * @example
 * const x = createTimeScale(Date.UTC(2012, 0), Date.UTC(2013, 0), 366)
 * x(Date.UTC(2012, 1))          //=> 31
 * x.invert(31)                  //=> Date.UTC(2012, 1)
 */
export function createTimeScale(start: number, end: number, width: number): TimeScale {
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) {
    throw new RangeError(`createTimeScale: got domain [${start}, ${end}], expected finite UTC ms with end > start`);
  }
  if (!Number.isFinite(width)) throw new RangeError(`createTimeScale: got width ${width}, expected a finite number of px`);
  const span = end - start;
  // d3: interpolateNumber(0, width)(t) = 0 * (1 - t) + width * t, which is width * t.
  const scale = ((time: number) => width * ((time - start) / span)) as TimeScale;
  const inverse = (x: number) => {
    const t = x / width;
    return start * (1 - t) + end * t;
  };
  return Object.assign(scale, { start, end, width, invert: inverse });
}
