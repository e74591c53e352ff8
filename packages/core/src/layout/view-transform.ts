import type { ViewDomain } from './types.js';

/**
 * A zoom of the time axis as d3-zoom writes it: a screen x of `t` (px, at the whole extent) is
 * drawn at `k * t + x`. `k` is 1 for the whole extent and grows as one zooms in; `x` is ≤ 0.
 * The view state of the element is the window (`ViewDomain`); this is derived from it for gestures.
 */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

/** What a transform is relative to: the zoomed-out window, the plot width, the narrowest window. */
export interface ViewGeometry {
  /** The whole time range one can see, the zoomed-out view (UTC ms). */
  readonly extent: ViewDomain;
  /** Plot width, px. */
  readonly width: number;
  /** The narrowest window one may zoom to, ms. */
  readonly minSpanMs: number;
  /** The widest window one may zoom out to, ms (default: the whole extent). */
  readonly maxSpanMs?: number | undefined;
}

/** The zoomed-out view: the whole extent across the plot. */
export const IDENTITY_TRANSFORM: ViewTransform = Object.freeze({ k: 1, x: 0 });

/** The largest `k`: the extent's span over the narrowest window (at least 1). */
export function maxZoomOf(g: ViewGeometry): number {
  return Math.max(1, (g.extent.end - g.extent.start) / g.minSpanMs);
}

/**
 * The smallest `k`: the extent's span over the widest window (`maxSpanMs`), at least 1 and at most
 * `maxZoomOf(g)` (the narrowest window wins when the two limits cross).
 */
export function minZoomOf(g: ViewGeometry): number {
  const k = g.maxSpanMs === undefined ? 1 : Math.max(1, (g.extent.end - g.extent.start) / g.maxSpanMs);
  return Math.min(k, maxZoomOf(g));
}

/** The transform that shows `domain` across the plot (not clamped: see `clampTransform`). */
export function transformOfDomain(domain: ViewDomain, g: ViewGeometry): ViewTransform {
  const span = g.extent.end - g.extent.start;
  const k = span / Math.max(1, domain.end - domain.start);
  return { k, x: (-k * (domain.start - g.extent.start) * g.width) / span };
}

/** The window a transform shows: the instants at px 0 and px `width`. */
export function domainOfTransform(t: ViewTransform, g: ViewGeometry): ViewDomain {
  const span = g.extent.end - g.extent.start;
  const at = (px: number) => g.extent.start + ((px - t.x) / t.k / g.width) * span;
  return { start: at(0), end: at(g.width) };
}

/**
 * `t` within the limits: `k` in [`minZoomOf(g)`, `maxZoomOf(g)`] (rescaled about the plot's centre when it is
 * out of range), then `x` so that the window lies inside the extent.
 */
export function clampTransform(t: ViewTransform, g: ViewGeometry): ViewTransform {
  const k = Math.min(maxZoomOf(g), Math.max(minZoomOf(g), t.k));
  const x = k === t.k ? t.x : t.x * (k / t.k) + (g.width / 2) * (1 - k / t.k);
  return { k, x: clampX(x, k, g.width) };
}

/**
 * One gesture step: scales by `factor` (>1 zooms in) and moves so that what was under screen x
 * `from` is now under `to`, within the limits (the scale is clamped first, so at a limit the
 * point still stays under the pointer). A wheel turn is `(f, p, p)`, a drag `(1, p0, p1)`, a
 * pinch `(d1 / d0, mid0, mid1)`.
 * @example zoomAndPan({ k: 1, x: 0 }, g, 2, 100, 100) //=> { k: 2, x: -100 } (when width ≥ 200)
 */
export function zoomAndPan(t: ViewTransform, g: ViewGeometry, factor: number, from: number, to: number): ViewTransform {
  const f = Number.isFinite(factor) && factor > 0 ? factor : 1;
  const k = Math.min(maxZoomOf(g), Math.max(minZoomOf(g), t.k * f));
  return { k, x: clampX(to - (from - t.x) * (k / t.k), k, g.width) };
}

/**
 * The zoom factor of one wheel event, as d3-zoom's default `wheelDelta`: 2 to the power of
 * `-deltaY` times 0.002 per pixel, 0.05 per line or 1 per page, ten times that with Ctrl (a
 * trackpad pinch arrives as a wheel event with `ctrlKey`).
 * @example wheelZoomFactor(-500, 0, false) //=> 2
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  const exponent = -deltaY * perUnit * (ctrlKey ? 10 : 1);
  return Number.isFinite(exponent) ? 2 ** exponent : 1;
}

/** x such that the zoomed extent [x, x + k·width] still covers the plot [0, width]. */
function clampX(x: number, k: number, width: number): number {
  return Math.min(0, Math.max(width * (1 - k), x));
}
