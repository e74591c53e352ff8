import type { Id } from '../model/index.js';
import { axisTicks } from './axis-ticks.js';
import { axisLane } from './axis-lane.js';
import { foldedAxisTicks } from './folded-axis-ticks.js';
import { LINEAR_TIME_AXIS, type TimeAxis } from './time-axis.js';
import { DEFAULT_LAYOUT_OPTIONS } from './default-layout-options.js';
import { levelOfDetail } from './level-of-detail.js';
import { LaidOutCluster, LaidOutMark } from './laid-out-marks.js';
import { packLane, type PackedCluster, type PackLaneSink } from './pack-lane.js';
import { createTimeScale } from './time-scale.js';
import { EVENT_FLAG, TIE_KINDS, type PreparedTimeline } from './prepare-timeline.js';
import { layoutStances } from './stance-segments.js';
import type { AxisBreak, ClusterMark, EventMark, LaneBox, LayoutOptions, MarkShape, Tick, TieMark, TimelineLayout } from './types.js';
import { paddedExtent } from './view-domain.js';
import { countVisibleEvents, visibleEventIds } from './visible-event-ids.js';

const DAY_MS = 86_400_000;

function checkNumber(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`options.${name}: got ${String(value)}, expected a finite number ≥ ${min}`);
  }
  return value;
}

/**
 * Lays out one view of a prepared timeline: lanes, axis ticks, event marks in rows, clusters where
 * marks are too dense, ties between lanes, stance bands, and the ids of the events in view.
 * Numbers out (px from the plot's left and the lanes' top), nothing drawn. Pure: the same input
 * gives the same output, and neither argument is changed. O(events in the window) with small constants.
 *
 * @throws RangeError naming the option when `width`, `domain` or a size is not a usable number.
 */
export function layoutTimeline(prepared: PreparedTimeline, options: LayoutOptions): TimelineLayout {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...definedOnly(options) };
  const width = checkNumber('width', options.width, 0);
  const rowHeight = checkNumber('rowHeight', o.rowHeight, 0);
  const maxRows = Math.floor(checkNumber('maxRows', o.maxRows, 0));
  const stanceHeight = checkNumber('stanceHeight', o.stanceHeight, 0);
  const headerHeight = checkNumber('headerHeight', o.headerHeight, 0);
  const markSize = checkNumber('markSize', o.markSize, 0);
  const minGapPx = checkNumber('minGapPx', o.minGapPx, 0);
  const minSpanPx = checkNumber('minSpanPx', o.minSpanPx, 0);
  const marginPx = checkNumber('marginPx', o.marginPx, 0);
  const clusterWidthPx = checkNumber('clusterWidthPx', o.clusterWidthPx, 0);
  const locale = o.locale;
  const words = o.words;
  const extent = { ...prepared.extent };
  const axis = options.axis ?? LINEAR_TIME_AXIS;
  const folded = axis.folds.length > 0;
  const domain = options.domain !== undefined ? { start: options.domain.start, end: options.domain.end }
    : folded ? fromAxisDomain(paddedExtent({ start: axis.toAxis(extent.start), end: axis.toAxis(extent.end) }), axis)
    : paddedExtent(extent);
  if (!Number.isFinite(domain.start) || !Number.isFinite(domain.end) || !(domain.end > domain.start)) {
    throw new RangeError(`options.domain: got { start: ${domain.start}, end: ${domain.end} }, expected finite UTC ms with end > start`);
  }

  // Lanes: the requested ids in order (unknown and repeated ids ignored), else all by `order`.
  const laneIndices: number[] = [];
  if (options.lanes === undefined) prepared.lanes.forEach((_, l) => laneIndices.push(l));
  else {
    for (const id of options.lanes) {
      const l = prepared.laneIndex.get(id);
      if (l !== undefined && !laneIndices.includes(l)) laneIndices.push(l);
    }
  }
  const shown = new Int32Array(prepared.lanes.length).fill(-1);
  laneIndices.forEach((l, position) => (shown[l] = position));
  const laneHeight = headerHeight + (maxRows + 1) * rowHeight + stanceHeight;
  const lanes: LaneBox[] = laneIndices.map((l, index) => {
    const { lane } = prepared.lanes[l]!;
    const y = index * laneHeight;
    const box: LaneBox = { id: lane.id, label: lane.label, color: lane.color, index, y, height: laneHeight, stanceY: y + headerHeight + (maxRows + 1) * rowHeight };
    if (l === prepared.othersLane) box.context = true;
    return box;
  });

  // Everything is laid out in axis units (UTC ms on a linear axis): u0 is at x = 0, k px per unit.
  const u0 = axis.toAxis(domain.start);
  const u1 = axis.toAxis(domain.end);
  const k = width / (u1 - u0);
  const level = levelOfDetail(k * DAY_MS);
  let ticks: Tick[];
  let breaks: AxisBreak[] = [];
  if (folded) ({ ticks, breaks } = foldedAxisTicks(axis, domain, width, (t) => (axis.toAxis(t) - u0) * k, level, locale));
  else ticks = axisTicks(createTimeScale(domain.start, domain.end, width), width, level, locale);
  const marginMs = k > 0 ? marginPx / k : 0;
  // The laid-out window with its margins, in axis units and in UTC ms.
  const tLo = u0 - marginMs;
  const tHi = u1 + marginMs;
  const timeLo = axis.fromAxis(tLo);
  const timeHi = axis.fromAxis(tHi);

  const marks: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  // (event index, lane index) → its drawn mark, to attach ties.
  const markOf = new Map<number, EventMark>();
  const laneCount = prepared.lanes.length;
  if (k > 0) {
    const sink = new LaneSink(prepared, locale, marks, clusters, markOf, maxRows, axis);
    for (const box of lanes) {
      const l = laneIndices[box.index]!;
      const prepLane = prepared.lanes[l]!;
      sink.startLane(l, prepLane.lane.id, prepLane.lane.label, box.y + headerHeight, rowHeight);
      packLane(axisLane(prepLane, axis), {
        k, domainStart: u0, tLo, tHi, markSize, gap: Math.max(0, minGapPx - markSize), minSpanPx,
        maxRows, clusterWidthPx, tileOrigin: axis.toAxis(extent.start),
      }, sink);
    }
  }

  // Ties: from an event's mark in the actor's lane to its mark in the recipient's or object's lane.
  const ties: TieMark[] = [];
  for (const [slot, from] of markOf) {
    const e = Math.floor(slot / laneCount);
    const l = slot - e * laneCount;
    for (let t = prepared.tieOffsets[e]!; t < prepared.tieOffsets[e + 1]!; t++) {
      if (prepared.tieFrom[t] !== l) continue;
      const toLane = prepared.tieTo[t]!;
      const to = markOf.get(e * laneCount + toLane);
      if (to === undefined) continue;
      // At the event's time; for a bar that starts left of the window, at the window's edge, still on the bar.
      const x = from.x < 0 ? Math.min(0, from.x2) : from.x;
      ties.push({
        key: `tie:${from.eventId}:${from.laneId}:${to.laneId}`, eventId: from.eventId, fromLane: from.laneId, toLane: to.laneId,
        kind: TIE_KINDS[prepared.tieKind[t]!]!, x, y1: from.y, y2: to.y,
      });
    }
  }

  const issue = options.issue === null ? undefined
    : options.issue === undefined ? prepared.issues[0] : prepared.issues.find((i) => i.id === options.issue);
  const { stances, stanceChanges, stanceObservations } = issue === undefined || k === 0
    ? { stances: [], stanceChanges: [], stanceObservations: [] }
    : layoutStances(prepared, { issue, laneIndices, k, domainStart: u0, tLo: timeLo, tHi: timeHi, locale, words, ...(folded ? { toAxis: axis.toAxis } : {}) });

  // The screen-reader list reads it once a view settles, not on every zoom frame: listing up to
  // every event (100,000 at the full view) is left until the first read.
  // A summary reads only the count and the first few (`countVisibleEvents`, `firstVisibleEventIds`).
  let visible: Id[] | undefined;
  let count: number | undefined;
  const shownLanes = laneIndices.length === prepared.lanes.length ? null : shown;
  const layout = {
    width, height: lanes.length * laneHeight, domain, extent, level, lanes, ticks, breaks,
    marks, clusters, ties, stances, stanceChanges, stanceObservations,
    get visibleEventIds() {
      return (visible ??= visibleEventIds(prepared, timeLo, timeHi, shownLanes));
    },
  };
  // Methods, not enumerable: the layout stays plain data to compare and to serialise.
  return Object.defineProperties(layout as TimelineLayout, {
    countVisibleEvents: {
      value: () => visible?.length ?? (count ??= countVisibleEvents(prepared, timeLo, timeHi, shownLanes)),
    },
    firstVisibleEventIds: {
      value: (limit: number) => (visible ? visible.slice(0, limit) : visibleEventIds(prepared, timeLo, timeHi, shownLanes, limit)),
    },
  });
}

/** A window in axis units as UTC ms. */
function fromAxisDomain(d: { start: number; end: number }, axis: TimeAxis): { start: number; end: number } {
  return { start: axis.fromAxis(d.start), end: axis.fromAxis(d.end) };
}

/** Options without the keys explicitly set to `undefined`, so that they do not hide the defaults. */
function definedOnly<T extends object>(options: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(options) as (keyof T)[]) if (options[key] !== undefined) result[key] = options[key];
  return result;
}

/**
 * Turns what `packLane` decides into laid-out marks and clusters, one lane at a time. A class (one
 * instance per layout, its methods shared by every call) rather than closures made per lane: the
 * JIT then sees the same call target at every zoom step and keeps `packLane` optimised.
 */
class LaneSink implements PackLaneSink {
  private lane = 0;
  private laneId = '';
  private laneLabel = '';
  private rowsTop = 0;
  private rowHeight = 0;
  private readonly laneCount: number;

  constructor(
    private readonly prepared: PreparedTimeline,
    private readonly locale: string,
    private readonly marks: EventMark[],
    private readonly clusters: ClusterMark[],
    private readonly markOf: Map<number, EventMark>,
    private readonly maxRows: number,
    private readonly axis: TimeAxis,
  ) {
    this.laneCount = prepared.lanes.length;
  }

  startLane(lane: number, id: string, label: string, rowsTop: number, rowHeight: number): void {
    this.lane = lane;
    this.laneId = id;
    this.laneLabel = label;
    this.rowsTop = rowsTop;
    this.rowHeight = rowHeight;
  }

  mark(e: number, shape: MarkShape, x: number, x2: number, row: number): void {
    const { prepared, laneId } = this;
    const event = prepared.events[e]!;
    const f = prepared.flags[e]!;
    // Labels are formatted when read (see LaidOutMark).
    const mark: EventMark = new LaidOutMark(
      prepared, e, this.locale, `${event.id}@${laneId}`, event.id, laneId, shape, event.type,
      x, x2, this.rowY(row), row, prepared.starts[e]!, prepared.ends[e]!, event.when.basis,
      (f & EVENT_FLAG.APPROXIMATE) !== 0, (f & EVENT_FLAG.UNCERTAIN) !== 0, (f & EVENT_FLAG.BACKGROUND) !== 0,
    );
    this.marks.push(mark);
    this.markOf.set(e * this.laneCount + this.lane, mark);
  }

  cluster(c: PackedCluster): void {
    const first = this.prepared.events[c.firstEvent]!.id;
    const last = this.prepared.events[c.lastEvent]!.id;
    this.clusters.push(new LaidOutCluster(
      this.laneLabel, this.locale, `cluster:${this.laneId}:${first}:${last}`, this.laneId, c.x, c.x2,
      // The packed times are axis units; a cluster's first and last instants are busy, where a unit is a ms.
      this.rowY(this.maxRows), this.maxRows, c.count, this.axis.fromAxis(c.start), this.axis.fromAxis(c.end), first, last,
    ));
  }

  private rowY(row: number): number {
    return this.rowsTop + (row + 0.5) * this.rowHeight;
  }
}
