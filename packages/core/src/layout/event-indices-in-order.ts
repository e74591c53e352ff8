import { bisectLeft } from 'd3-array';
import type { Id } from '../model/index.js';
import type { PreparedTimeline } from './prepare-timeline.js';

/**
 * The dataset positions of `ids`, given in start order as `TimelineLayout.visibleEventIds` lists
 * them, found by walking the prepared start order from the first event still running at `from`
 * (UTC ms; `layoutTimeline` starts its list there too): no map by id needed. Null when an id is not
 * found that way (then look it up by id).
 */
export function eventIndicesInOrder(
  prepared: Pick<PreparedTimeline, 'orderIds' | 'order' | 'orderMaxEnds'>,
  ids: readonly Id[],
  from: number,
): number[] | null {
  const out: number[] = [];
  let r = bisectLeft(prepared.orderMaxEnds, from);
  for (const id of ids) {
    while (r < prepared.orderIds.length && prepared.orderIds[r] !== id) r++;
    if (r >= prepared.orderIds.length) return null;
    out.push(prepared.order[r]!);
    r++;
  }
  return out;
}

/**
 * The dataset position of event `id` that starts at `start` (UTC ms, as its mark or pill holds it),
 * found among the few events starting at that instant in the prepared start order: no map by id
 * needed. Undefined when no event of that id starts then (then look it up by id).
 */
export function eventIndexAt(
  prepared: Pick<PreparedTimeline, 'orderIds' | 'order' | 'orderStarts'>,
  id: Id,
  start: number,
): number | undefined {
  const { orderStarts, orderIds, order } = prepared;
  for (let r = bisectLeft(orderStarts, start); r < orderStarts.length && orderStarts[r] === start; r++) {
    if (orderIds[r] === id) return order[r];
  }
  return undefined;
}
