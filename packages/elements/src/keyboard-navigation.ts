import { markBox, type ClusterMark, type EventMark, type PreparedTimeline, type TimelineLayout, type ViewDomain } from '@syria-timeline/core';
import type { MarkMove } from './keyboard-action.js';

/** A place the keyboard can stop at: a mark, a pill, or an event shown on its pill (`pinned`). */
export interface Stop {
  key: string;
  laneId: string;
  /** UTC ms: the event's interval, or the pill's (from its first event's start). */
  start: number;
  end: number;
  row: number;
}

/** Where a move goes: a stop of the layout, or an event of a lane outside it (the view must pan to it). */
export type MoveTarget = { key: string } | { eventId: string; laneId: string; start: number; end: number };

/** First position in ascending `a` whose value is ≥ `t` (`orEqual` false: > `t`). */
function bisect(a: Float64Array, t: number, orEqual: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orEqual ? a[mid]! < t : a[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byTime = (a: Stop, b: Stop) => a.start - b.start || a.row - b.row || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The stops of each lane in time order (pills by their start), lanes in layout order; `extra` joins its lane. */
export function laneStops(layout: TimelineLayout, extra: Stop | null = null): Map<string, Stop[]> {
  const lanes = new Map<string, Stop[]>(layout.lanes.map((l) => [l.id, []]));
  for (const m of layout.marks) lanes.get(m.laneId)?.push(m);
  for (const c of layout.clusters) lanes.get(c.laneId)?.push(c);
  if (extra && !layout.marks.some((m) => m.key === extra.key)) lanes.get(extra.laneId)?.push(extra);
  for (const stops of lanes.values()) stops.sort(byTime);
  return lanes;
}

/** Distance in time from instant `t` to the interval of `s` (0 inside it). */
const distance = (t: number, s: Stop) => (t < s.start ? s.start - t : t > s.end ? t - s.end : 0);

/**
 * Where a keyboard move goes from stop `fromKey` (WAI-ARIA APG grid pattern, over a roving tab
 * stop): ←/→ the previous/next stop of the lane in time (pills by their start), and past the
 * first or last one in the layout, the lane's previous/next event outside it; Home/End the
 * lane's first/last event; ↑/↓ the stop of the previous/next lane (that has any) nearest in time.
 * An unknown `fromKey` starts at the first stop of the first lane (its last for End). Null when
 * there is nowhere to go.
 * @param startOf UTC ms start of an event, by id (a pill's events run from its first to its last).
 */
export function moveTarget(
  layout: TimelineLayout, prepared: PreparedTimeline, fromKey: string | null, move: MarkMove,
  startOf: (id: string) => number | undefined, extra: Stop | null = null,
): MoveTarget | null {
  const lanes = laneStops(layout, extra);
  const order = layout.lanes.map((l) => lanes.get(l.id)!);
  let laneAt = -1;
  let at = -1;
  if (fromKey !== null) laneAt = order.findIndex((stops) => (at = stops.findIndex((s) => s.key === fromKey)) >= 0);
  if (laneAt < 0) {
    const first = order.find((stops) => stops.length > 0);
    if (!first) return null;
    return { key: (move === 'end' ? first[first.length - 1]! : first[0]!).key };
  }
  const stops = order[laneAt]!;
  const here = stops[at]!;
  const laneId = layout.lanes[laneAt]!.id;
  const lane = prepared.lanes[prepared.laneIndex.get(laneId) ?? -1];
  const event = (p: number): MoveTarget | null => {
    if (!lane || p < 0 || p >= lane.events.length) return null;
    return { eventId: prepared.events[lane.events[p]!]!.id, laneId, start: lane.starts[p]!, end: lane.ends[p]! + 1 };
  };
  switch (move) {
    case 'left':
      if (at > 0) return { key: stops[at - 1]!.key };
      // The lane's last event starting before this stop (every event starting in the layout's window is a stop).
      return (lane && event(bisect(lane.starts, here.start, true) - 1)) ?? { key: here.key };
    case 'right': {
      if (at < stops.length - 1) return { key: stops[at + 1]!.key };
      const last = 'firstEventId' in here ? (startOf((here as ClusterMark).lastEventId) ?? here.start) : here.start;
      return (lane && event(bisect(lane.starts, last, false))) ?? { key: here.key };
    }
    case 'home':
    case 'end': {
      const target = event(move === 'home' ? 0 : (lane?.events.length ?? 0) - 1);
      return target ?? { key: (move === 'home' ? stops[0]! : stops[stops.length - 1]!).key };
    }
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      const t = (here.start + here.end) / 2;
      for (let l = laneAt + step; l >= 0 && l < order.length; l += step) {
        const target = order[l]!;
        if (target.length === 0) continue;
        let best = target[0]!;
        for (const s of target) if (distance(t, s) < distance(t, best)) best = s;
        return { key: best.key };
      }
      return { key: here.key };
    }
  }
}

/** Room kept between a focused mark and the plot's edge, px: its ring and tooltip stay inside. */
export const EDGE_ROOM_PX = 32;

/**
 * The window to show so that `item` is whole on screen with `EDGE_ROOM_PX` to spare (a stop wider
 * than the plot shows its start); null when it already is. Same span: this pans, never zooms.
 */
export function windowShowing(layout: TimelineLayout, item: EventMark | ClusterMark, markSize: number): ViewDomain | null {
  const { x0, x1 } = markBox(item, markSize);
  const room = Math.min(EDGE_ROOM_PX, layout.width / 4);
  let dx = 0;
  if (x0 < room || x1 - x0 > layout.width - 2 * room) dx = x0 - room;
  else if (x1 > layout.width - room) dx = x1 - (layout.width - room);
  if (dx === 0) return null;
  const ms = (dx * (layout.domain.end - layout.domain.start)) / layout.width;
  return { start: layout.domain.start + ms, end: layout.domain.end + ms };
}

/** The window to show so that an event starting at `start` (UTC ms) outside `domain` comes into view near the edge it enters by. */
export function windowReaching(domain: ViewDomain, width: number, start: number, markSize: number): ViewDomain {
  const span = domain.end - domain.start;
  const room = ((Math.min(EDGE_ROOM_PX, width / 4) + markSize) * span) / Math.max(1, width);
  const from = start < domain.start ? start - room : start + room - span;
  return { start: from, end: from + span };
}
