import { utcDateFormat } from '../dates/utc-date-format.js';
import { eventMarkLabel } from './mark-labels.js';
import type { PreparedTimeline } from './prepare-timeline.js';

/*
 * Accessible names cost more than the geometry (each formats a date with Intl, about a µs a call, and a full
 * view draws hundreds of marks and clusters on every zoom frame). They depend only on the prepared
 * data and the locale, so they are memoised here, outside the caller's objects: the layout stays a
 * pure function of its arguments, and a dropped dataset takes its labels with it (WeakMap).
 */
const eventLabels = new WeakMap<PreparedTimeline, Map<string, (string | undefined)[]>>();
// By locale tag; a page uses a handful.
const dayLabels = new Map<string, Map<number, string>>();

/** The accessible name of event `e` of a prepared timeline, in a locale (see `eventMarkLabel`). */
export function cachedEventLabel(prepared: PreparedTimeline, e: number, locale: string): string {
  let byLocale = eventLabels.get(prepared);
  if (byLocale === undefined) eventLabels.set(prepared, (byLocale = new Map()));
  let labels = byLocale.get(locale);
  if (labels === undefined) byLocale.set(locale, (labels = new Array<string | undefined>(prepared.events.length)));
  let label = labels[e];
  if (label === undefined) {
    const names: string[] = [];
    for (let o = prepared.eventLaneOffsets[e]!; o < prepared.eventLaneOffsets[e + 1]!; o++) {
      names.push(prepared.lanes[prepared.eventLanes[o]!]!.lane.label);
    }
    labels[e] = label = eventMarkLabel(prepared.events[e]!, names, locale, prepared.dataset.sources);
  }
  return label;
}

/** The day of a UTC instant in a locale ('4 Feb 2012' in en-GB), memoised per locale and day. */
export function cachedDayLabel(time: number, locale: string): string {
  let days = dayLabels.get(locale);
  if (days === undefined) dayLabels.set(locale, (days = new Map()));
  const day = Math.floor(time / 86_400_000);
  let label = days.get(day);
  if (label === undefined) days.set(day, (label = utcDateFormat(locale, 'day').format(day * 86_400_000)));
  return label;
}
