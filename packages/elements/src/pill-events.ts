import type { ClusterMark, PreparedTimeline, TimelineLayout } from '@syria-timeline/core';

/**
 * The ids of the events a pill stands for, in time order: the events of its lane from its first
 * to its last (the lane's start order) that have no mark of their own in the layout. Marks in the
 * rows above may fall between them in time; they are not in the pill.
 */
export function pillEvents(prepared: PreparedTimeline, layout: TimelineLayout, pill: ClusterMark): string[] {
  const lane = prepared.lanes[prepared.laneIndex.get(pill.laneId) ?? -1];
  if (!lane) return [];
  const marked = new Set<string>();
  for (const m of layout.marks) if (m.laneId === pill.laneId) marked.add(m.eventId);
  const out: string[] = [];
  // Start at the first event starting with the pill (a scan: a lane's events are sorted by start).
  let p = 0;
  let hi = lane.events.length;
  while (p < hi) {
    const mid = (p + hi) >>> 1;
    if (lane.starts[mid]! < pill.start) p = mid + 1;
    else hi = mid;
  }
  let open = false;
  for (; p < lane.events.length && out.length < pill.count; p++) {
    const id = prepared.events[lane.events[p]!]!.id;
    if (id === pill.firstEventId) open = true;
    if (open && !marked.has(id)) out.push(id);
    if (id === pill.lastEventId) break;
  }
  return out;
}
