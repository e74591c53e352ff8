import type { ClusterMark, EventMark, TimelineLayout } from '@syria-timeline/core';

/**
 * The stop showing event `eventId` in lane `laneId`: its mark, else the pill holding it (tiles
 * take a lane's events in start order, so the last pill of the lane starting no later than it).
 */
export function holderOf(layout: TimelineLayout, eventId: string, laneId: string, start: number): EventMark | ClusterMark | undefined {
  const key = `${eventId}@${laneId}`;
  const mark = layout.marks.find((m) => m.key === key);
  if (mark) return mark;
  let holder: ClusterMark | undefined;
  for (const c of layout.clusters) {
    if (c.laneId === laneId && c.start <= start && (!holder || c.start >= holder.start)) holder = c;
  }
  return holder && holder.end >= start ? holder : undefined;
}
