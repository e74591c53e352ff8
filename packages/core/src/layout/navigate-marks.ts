import type { TimelineLayout } from './types.js';

/** A keyboard move among marks and clusters. */
export type MarkMove = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

interface Stop {
  key: string;
  x: number;
  row: number;
}

/**
 * The key of the mark or cluster that a keyboard move lands on (ARIA grid-like navigation over a
 * roving tabindex): left/right = previous/next by x in the same lane (across its rows); up/down =
 * nearest by x in the previous/next lane that has marks; home/end = first/last in the lane.
 * At an edge the focus stays (the same key comes back). With no or an unknown `fromKey`, the move
 * starts from the first lane that has marks: its first mark (its last for 'end').
 * @returns null only when the layout has no marks or clusters at all.
 */
export function navigateMarks(layout: TimelineLayout, fromKey: string | null, move: MarkMove): string | null {
  const byLane = new Map<string, Stop[]>(layout.lanes.map((lane) => [lane.id, []]));
  for (const m of layout.marks) byLane.get(m.laneId)?.push({ key: m.key, x: m.x, row: m.row });
  for (const c of layout.clusters) byLane.get(c.laneId)?.push({ key: c.key, x: c.x, row: c.row });
  const lanes = [...byLane.values()].filter((stops) => stops.length > 0);
  if (lanes.length === 0) return null;
  for (const stops of lanes) stops.sort((a, b) => a.x - b.x || a.row - b.row || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  let laneAt = -1;
  let stopAt = -1;
  if (fromKey !== null) {
    laneAt = lanes.findIndex((stops) => (stopAt = stops.findIndex((s) => s.key === fromKey)) >= 0);
  }
  if (laneAt < 0) {
    const first = lanes[0]!;
    return (move === 'end' ? first[first.length - 1]! : first[0]!).key;
  }
  const stops = lanes[laneAt]!;
  const here = stops[stopAt]!;
  switch (move) {
    case 'left': return stops[Math.max(0, stopAt - 1)]!.key;
    case 'right': return stops[Math.min(stops.length - 1, stopAt + 1)]!.key;
    case 'home': return stops[0]!.key;
    case 'end': return stops[stops.length - 1]!.key;
    case 'up':
    case 'down': {
      const target = lanes[laneAt + (move === 'up' ? -1 : 1)];
      if (target === undefined) return here.key;
      let best = target[0]!;
      for (const s of target) if (Math.abs(s.x - here.x) < Math.abs(best.x - here.x)) best = s;
      return best.key;
    }
  }
}
