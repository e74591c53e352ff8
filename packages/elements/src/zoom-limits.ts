import { MIN_VIEW_SPAN_MS, type ViewDomain } from '@syria-timeline/core';
import { viewBound } from './view-bound.js';

const DAY_MS = 86_400_000;
/** What one unit of an ISO 8601 duration counts, ms: a year is 365.25 days, a month a twelfth of that. */
const UNIT_MS: Readonly<Record<string, number>> = {
  Y: 365.25 * DAY_MS, M: (365.25 / 12) * DAY_MS, W: 7 * DAY_MS, D: DAY_MS, H: 3_600_000, TM: 60_000, S: 1000,
};
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DURATION = new RegExp(
  String.raw`^P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);

/**
 * An ISO 8601 duration as ms: `P1D`, `P2W`, `P6M`, `P1Y6M`, `PT12H` (units Y, M, W, D and, after
 * T, H, M, S; decimals allowed: `P1.5Y`). A year counts 365.25 days and a month 30.4375 (a twelfth
 * of a year), since a span has no calendar position. Null for anything else, zero included.
 * @example spanMs('P3D') //=> 259200000
 */
export function spanMs(value: string | null | undefined): number | null {
  const match = value === null || value === undefined ? null : DURATION.exec(value.trim());
  if (!match) return null;
  const units = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];
  let ms = 0;
  match.slice(1).forEach((n, i) => n !== undefined && (ms += parseFloat(n.replace(',', '.')) * UNIT_MS[units[i]!]!));
  return ms > 0 && Number.isFinite(ms) ? ms : null;
}

/** The outer bounds of the view: either side may be open (null: the data's padded extent there). */
export interface ViewBounds {
  start: number | null;
  end: number | null;
}

/**
 * The `bounds` attribute: an ISO 8601 interval `START/END` of dates as `start` and `end` take them
 * (YYYY, YYYY-MM, YYYY-MM-DD or a full timestamp; the end includes the whole year, month or day
 * given), `..` or nothing for an open side: `2011/2015`, `2012-03/..`. Null when it is not one
 * (or the end is not after the start).
 * @example viewBounds('2012/2013') //=> { start: Date.UTC(2012, 0, 1), end: Date.UTC(2014, 0, 1) }
 */
export function viewBounds(value: string | null | undefined): ViewBounds | null {
  const parts = value?.split('/');
  if (!parts || parts.length !== 2) return null;
  const side = (text: string, which: 'start' | 'end') => {
    const t = text.trim();
    return t === '' || t === '..' ? undefined : viewBound(t, which);
  };
  const start = side(parts[0]!, 'start');
  const end = side(parts[1]!, 'end');
  if (start === null || end === null) return null;
  if (start !== undefined && end !== undefined && !(end > start)) return null;
  return { start: start ?? null, end: end ?? null };
}

/** The zoom limits the attributes ask for, and what the zoom controller is configured with. */
export interface ZoomLimits {
  /** The narrowest window, ms (default `MIN_VIEW_SPAN_MS`, 3 days). */
  minSpanMs: number;
  /** The widest window, ms (undefined: the whole extent). */
  maxSpanMs: number | undefined;
  /** The outer bounds (undefined: the data's padded extent). */
  bounds: ViewBounds | undefined;
  /** Changes when any limit does. */
  key: string;
}

/**
 * The limits from the `min-span`, `max-span` and `bounds` attributes; an unreadable value is left
 * out (the default holds; the element warns in development, see `attributeWarnings`), and so is a
 * `max-span` narrower than the `min-span`.
 */
export function zoomLimits(minSpan: string | undefined, maxSpan: string | undefined, bounds: string | undefined): ZoomLimits {
  const min = spanMs(minSpan) ?? MIN_VIEW_SPAN_MS;
  const max = spanMs(maxSpan) ?? undefined;
  const b = viewBounds(bounds) ?? undefined;
  const maxSpanMs = max !== undefined && max >= min ? max : undefined;
  return { minSpanMs: min, maxSpanMs, bounds: b, key: `${min}|${maxSpanMs}|${b?.start}|${b?.end}` };
}

/** The widest range the view may show: the bounds, each open side from `padded` (the data's padded extent). */
export function boundedExtent(padded: ViewDomain, bounds: ViewBounds | undefined): ViewDomain {
  if (!bounds) return padded;
  const start = bounds.start ?? padded.start;
  const end = bounds.end ?? padded.end;
  // An open side that falls before the other bound: the bound alone cannot make a window, keep the data's.
  return end > start ? { start, end } : padded;
}
