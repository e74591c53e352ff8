import { bisectLeft, bisectRight } from 'd3-array';
import { whenSpan } from '../dates/index.js';
import type { TimelineEvent } from '../model/index.js';

/**
 * Events sorted by the start of their interval, with typed arrays for binary search.
 * Build once per dataset with `createEventIndex`; query with `eventsInRange`.
 */
export interface EventIndex {
  /** The events, sorted by start (ties: by end, then input order). */
  readonly events: readonly TimelineEvent[];
  /** UTC ms of each event's first instant, ascending. */
  readonly starts: Float64Array;
  /** UTC ms of each event's last instant (inclusive). */
  readonly ends: Float64Array;
  /**
   * Running maximum of `ends`: `maxEnds[i]` is the latest end among events 0…i. It is ascending,
   * so a binary search finds the first event that can still reach a window, even when a long range
   * starts years before it.
   */
  readonly maxEnds: Float64Array;
}

/**
 * Sorts events by the interval their `when` covers (see `whenSpan`). Does not change `events`.
 * @throws EdtfError when a date is not of the profile (validate the dataset first).
 */
export function createEventIndex(events: readonly TimelineEvent[]): EventIndex {
  const n = events.length;
  const rawStarts = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  events.forEach((event, i) => {
    const span = whenSpan(event.when);
    rawStarts[i] = span.start;
    rawEnds[i] = span.end;
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => rawStarts[a]! - rawStarts[b]! || rawEnds[a]! - rawEnds[b]! || a - b);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  let max = -Infinity;
  order.forEach((from, to) => {
    starts[to] = rawStarts[from]!;
    ends[to] = rawEnds[from]!;
    max = Math.max(max, rawEnds[from]!);
    maxEnds[to] = max;
  });
  return { events: order.map((i) => events[i]!), starts, ends, maxEnds };
}

/**
 * The events whose interval overlaps `[start, end]` (UTC ms, both inclusive), sorted by start.
 * This includes ranges and partial dates that begin before `start` and reach into the window.
 * O(log n + k) for k events between the first that can reach the window and the last that starts in it.
 */
export function eventsInRange(index: EventIndex, start: number, end: number): TimelineEvent[] {
  if (!(start <= end)) return [];
  const from = bisectLeft(index.maxEnds, start);
  const to = bisectRight(index.starts, end);
  const result: TimelineEvent[] = [];
  for (let i = from; i < to; i++) {
    if (index.ends[i]! >= start) result.push(index.events[i]!);
  }
  return result;
}
