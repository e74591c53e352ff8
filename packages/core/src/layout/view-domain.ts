import type { ViewDomain } from './types.js';

/** The narrowest window a view may show: 3 days (UTC ms). */
export const MIN_VIEW_SPAN_MS = 3 * 86_400_000;
/** The widest window is the data's extent plus this share of its span on each side (5%). */
export const EXTENT_PADDING = 0.05;

/**
 * The data's extent padded by 5% of its span on each side, and at least `MIN_VIEW_SPAN_MS` wide
 * (centred). This is the default window and the widest one `clampDomain` allows.
 */
export function paddedExtent(extent: ViewDomain): ViewDomain {
  const span = extent.end - extent.start;
  let start = extent.start - span * EXTENT_PADDING;
  let end = extent.end + span * EXTENT_PADDING;
  if (end - start < MIN_VIEW_SPAN_MS) {
    const mid = (extent.start + extent.end) / 2;
    start = mid - MIN_VIEW_SPAN_MS / 2;
    end = mid + MIN_VIEW_SPAN_MS / 2;
  }
  return { start, end };
}

function checkDomain(name: string, domain: ViewDomain): void {
  if (!Number.isFinite(domain.start) || !Number.isFinite(domain.end) || !(domain.end > domain.start)) {
    throw new RangeError(`${name}: got { start: ${domain.start}, end: ${domain.end} }, expected finite UTC ms with end > start`);
  }
}

/**
 * The window moved and resized as little as possible to fit the limits: at least
 * `MIN_VIEW_SPAN_MS` wide (grown around its centre), at most the padded extent, and inside it.
 * @throws RangeError when either domain is not finite with end > start.
 */
export function clampDomain(domain: ViewDomain, extent: ViewDomain): ViewDomain {
  checkDomain('domain', domain);
  checkDomain('extent', extent);
  const limit = paddedExtent(extent);
  const maxSpan = limit.end - limit.start;
  let span = domain.end - domain.start;
  let start = domain.start;
  if (span < MIN_VIEW_SPAN_MS) {
    start -= (MIN_VIEW_SPAN_MS - span) / 2;
    span = MIN_VIEW_SPAN_MS;
  }
  if (span >= maxSpan) return { start: limit.start, end: limit.end };
  start = Math.min(Math.max(start, limit.start), limit.end - span);
  return { start, end: start + span };
}

/**
 * Zooms the window by `factor` (2 shows half the time, 0.5 twice as much) keeping `centre`
 * (UTC ms, default the window's middle) at the same place on screen, within the limits of `clampDomain`.
 * @throws RangeError when `factor` is not a positive finite number.
 */
export function zoomDomain(domain: ViewDomain, extent: ViewDomain, factor: number, centre?: number): ViewDomain {
  checkDomain('domain', domain);
  if (!(factor > 0) || !Number.isFinite(factor)) {
    throw new RangeError(`factor: got ${factor}, expected a positive finite number (2 zooms in, 0.5 zooms out)`);
  }
  const span = domain.end - domain.start;
  const anchor = centre !== undefined && Number.isFinite(centre) ? centre : (domain.start + domain.end) / 2;
  const limit = paddedExtent(extent);
  const newSpan = Math.min(Math.max(span / factor, MIN_VIEW_SPAN_MS), limit.end - limit.start);
  const share = (anchor - domain.start) / span;
  const start = anchor - share * newSpan;
  return clampDomain({ start, end: start + newSpan }, extent);
}

/** Moves the window by `deltaMs` (positive: later), stopping at the padded extent. */
export function panDomain(domain: ViewDomain, extent: ViewDomain, deltaMs: number): ViewDomain {
  checkDomain('domain', domain);
  const delta = Number.isFinite(deltaMs) ? deltaMs : 0;
  return clampDomain({ start: domain.start + delta, end: domain.end + delta }, extent);
}
