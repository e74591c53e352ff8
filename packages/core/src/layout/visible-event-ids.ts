import { bisectLeft, bisectRight } from 'd3-array';
import type { Id } from '../model/index.js';
import type { PreparedTimeline } from './prepare-timeline.js';

/**
 * Ids of the events whose interval overlaps [tLo, tHi] (UTC ms) and that are drawn in a shown lane,
 * by start, each once: `TimelineLayout.visibleEventIds`, or its first `limit`. `shown[l]` is the
 * position of lane `l` in the view, or -1 when it is hidden; null when every lane is shown.
 *
 * Usually every event between the two binary searches qualifies, and one slice of the sorted ids
 * (a copy) is much faster than 100,000 pushes; otherwise filter. O(events listed), plus the events
 * that start before the window, when fewer than all are listed.
 */
export function visibleEventIds(prepared: PreparedTimeline, tLo: number, tHi: number, shown: Int32Array | null, limit = Infinity): Id[] {
  const from = bisectLeft(prepared.orderMaxEnds, tLo);
  const to = bisectRight(prepared.orderStarts, tHi);
  const { orderEnds, orderInLane, orderIds } = prepared;
  const ids: Id[] = [];
  if (limit >= to - from) {
    let every = shown === null;
    for (let r = from; every && r < to; r++) every = orderEnds[r]! >= tLo && orderInLane[r] === 1;
    if (every) return orderIds.slice(from, Math.max(from, to));
  }
  for (let r = from; r < to && ids.length < limit; r++) {
    if (orderEnds[r]! < tLo || orderInLane[r] === 0) continue;
    if (shown !== null && !inShownLane(prepared, prepared.order[r]!, shown)) continue;
    ids.push(orderIds[r]!);
  }
  return ids;
}

/**
 * How many ids `visibleEventIds` lists, without listing them: with every lane shown, the events
 * starting in the window are counted by two binary searches, and only those starting before it
 * are read (to see whether they reach into it). O(log n + events starting before the window
 * whose predecessors reach into it).
 */
export function countVisibleEvents(prepared: PreparedTimeline, tLo: number, tHi: number, shown: Int32Array | null): number {
  const from = bisectLeft(prepared.orderMaxEnds, tLo);
  const to = bisectRight(prepared.orderStarts, tHi);
  if (to <= from) return 0;
  const { orderEnds, orderInLane } = prepared;
  // From `inWindow` on, every event starts at or after tLo, so it overlaps the window.
  const inWindow = shown === null && inLanes(prepared) ? Math.max(from, bisectLeft(prepared.orderStarts, tLo)) : to;
  let count = to - inWindow;
  for (let r = from; r < inWindow; r++) {
    if (orderEnds[r]! < tLo || orderInLane[r] === 0) continue;
    if (shown !== null && !inShownLane(prepared, prepared.order[r]!, shown)) continue;
    count++;
  }
  return count;
}

const allInLanes = new WeakMap<PreparedTimeline, boolean>();

/** Whether every event is drawn in some lane (true for every prepared dataset so far: the context row takes the rest). */
function inLanes(prepared: PreparedTimeline): boolean {
  let every = allInLanes.get(prepared);
  // `indexOf` is a native scan of the bytes (a first render at 10,000 events spent ~7 ms in `every`'s callback).
  if (every === undefined) allInLanes.set(prepared, (every = prepared.orderInLane.indexOf(0) === -1));
  return every;
}

function inShownLane(prepared: PreparedTimeline, e: number, shown: Int32Array): boolean {
  for (let o = prepared.eventLaneOffsets[e]!; o < prepared.eventLaneOffsets[e + 1]!; o++) {
    if (shown[prepared.eventLanes[o]!]! >= 0) return true;
  }
  return false;
}
