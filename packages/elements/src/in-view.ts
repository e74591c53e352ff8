import { markBox, type ClusterMark, type EventMark, type TimelineLayout } from '@syria-timeline/core';

/** Whether `item` is at least partly inside the window (not only in the layout's margin); `whole`: all of it. */
export function inView(layout: TimelineLayout, item: EventMark | ClusterMark, markSize: number, whole = false): boolean {
  const { x0, x1 } = markBox(item, markSize);
  return whole ? x0 >= 0 && x1 <= layout.width : x1 > 0 && x0 < layout.width;
}
