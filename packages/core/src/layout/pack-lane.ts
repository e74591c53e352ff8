import { bisectLeft, bisectRight } from 'd3-array';
import { EVENT_FLAG, PRECISION_CODE, type PreparedLane } from './prepare-timeline.js';
import { footprintRight } from './footprint-right.js';
import { laneIndex, type LaneIndex } from './lane-index.js';
import type { MarkShape } from './types.js';

/** The view of one lane, in numbers: x = (t - domainStart) * k. */
export interface PackLaneParams {
  /** px per ms. */
  k: number;
  /** UTC ms at x = 0. */
  domainStart: number;
  /** Events whose interval overlaps [tLo, tHi] (UTC ms, inclusive) are laid out; the others are culled. */
  tLo: number;
  tHi: number;
  markSize: number;
  /** px kept free between the footprints of neighbouring marks in a row. */
  gap: number;
  minSpanPx: number;
  maxRows: number;
  clusterWidthPx: number;
  /** UTC ms where the cluster tiles are anchored (fixed per dataset, so panning keeps the tiles). */
  tileOrigin: number;
}

/** A tile of clustered events, in the lane's cluster row. Event indices point into `PreparedTimeline.events`. */
export interface PackedCluster {
  count: number;
  start: number;
  end: number;
  firstEvent: number;
  lastEvent: number;
  x: number;
  x2: number;
}

/** Receives what `packLane` decides; only drawn marks reach it (nothing is allocated per clustered event). */
export interface PackLaneSink {
  /** `row` is below `maxRows` for the mark rows, or `maxRows` for an event alone in the cluster row. */
  mark(eventIndex: number, shape: MarkShape, x: number, x2: number, row: number): void;
  cluster(cluster: PackedCluster): void;
}

const SHAPES: readonly MarkShape[] = ['point', 'range', 'span', 'hollow'];
const CLUSTERED = 8;
/** A saturated stretch that pass 1 clustered whole (an item of its own): pass 2 counts it through the lane's index. */
const STRETCH = 16;
const ROW_SHIFT = 5;
const RANGE = EVENT_FLAG.RANGE;
const DAY = PRECISION_CODE.day;

/**
 * What pass 1 decides, in order: an event (its position in the lane, shape, row or CLUSTERED flag,
 * right edge), or a saturated stretch [at, end) of clustered events. Scratch buffers reused across
 * calls (grown on demand, never escaping, so `packLane` stays pure); as many items as marks and
 * decisions, not as events.
 */
class Items {
  at = new Int32Array(256);
  flags = new Int32Array(256);
  right = new Float64Array(256);
  end = new Int32Array(256);
  length = 0;

  push(at: number, flags: number, right: number, end: number): number {
    if (this.length === this.at.length) this.grow();
    const t = this.length++;
    this.at[t] = at;
    this.flags[t] = flags;
    this.right[t] = right;
    this.end[t] = end;
    return t;
  }

  private grow(): void {
    const n = this.at.length * 2;
    const at = new Int32Array(n);
    const flags = new Int32Array(n);
    const right = new Float64Array(n);
    const end = new Int32Array(n);
    at.set(this.at);
    flags.set(this.flags);
    right.set(this.right);
    end.set(this.end);
    Object.assign(this, { at, flags, right, end });
  }
}
const items = new Items();

/**
 * Lays out one lane's events in the window: as many individual marks as fit in `maxRows` rows,
 * the rest as clusters in one row below (row `maxRows`). A cluster never holds a single event:
 * that event is drawn as a mark in the cluster row instead (see `settleSingletons`).
 *
 * Each mark has a footprint [L, R] in px that holds its glyph: L = x(start) - markSize / 2 for every
 * shape (so footprints are sorted by start), R = the right edge of its bar, span or glyph. Two marks
 * conflict when the later one's L is closer than `gap` to the other's R. Sweeping by start, a mark
 * takes the first row that is free; when none is, the one ending last among the newcomer and the
 * rows' current marks goes to the clusters (usually a long range, so the points inside it stay
 * visible). This greedy keeps the largest possible number of marks (the classic optimal rule for
 * interval scheduling on k machines). Zooming in only moves footprints apart, so the largest
 * number that fits, and with it the number of marks, never falls as you zoom in.
 *
 * Two passes. Pass 1 chooses the marks; where the rows are saturated it skips the whole stretch
 * of events that must be clustered with one binary search, and it skips events that ended before
 * the window through the lane's index. Pass 2 cuts the clustered events into tiles anchored at
 * `tileOrigin`; it counts a saturated stretch tile by tile with range queries on the lane's
 * multi-resolution index (`laneIndex`: counts, latest end, rightmost edge), reading single events
 * only where a tile or a run of tiles may begin. So a step costs O((marks + tiles) log n), the
 * same code at every zoom, and never reads every event of a dense window. Objects are made only
 * for drawn marks and clusters.
 *
 * @returns the number of events of this lane in the window (marks + clustered events).
 */
export function packLane(lane: PreparedLane, p: PackLaneParams, sink: PackLaneSink): number {
  const { starts, ends, kinds } = lane;
  const lo = bisectLeft(lane.maxEnds, p.tLo);
  const hi = bisectRight(starts, p.tHi);
  if (hi <= lo) return 0;
  const index = laneIndex(lane);
  const { k, domainStart, markSize: s, gap, minSpanPx, maxRows } = p;
  const half = s / 2;
  // Per row: the item of its current, still revisable mark, and where the row is free again.
  const rowItem = new Int32Array(Math.max(maxRows, 1)).fill(-1);
  const rowFree = new Float64Array(Math.max(maxRows, 1)).fill(-Infinity);
  // The earliest and latest positions at which a row is free again, and the row of the latest.
  // With no rows at all nothing is ever free (every event is clustered).
  let minFree = maxRows > 0 ? -Infinity : Infinity;
  let maxFree = -Infinity;
  let maxRow = 0;
  let visible = 0;
  items.length = 0;

  // No shape ends less than this far right of x(start): half a glyph, or a span's minimum width.
  const minReach = Math.min(half, minSpanPx);

  // Pass 1: shape and right edge; choose the marks (rows), send the rest to clusters.
  for (let i = lo; i < hi; i++) {
    if (ends[i]! < p.tLo) {
      // Ended before the window (a longer event before it reaches in): on to the next that reaches in.
      i = index.firstEndFrom(i + 1, hi, p.tLo) - 1;
      continue;
    }
    const x0 = (starts[i]! - domainStart) * k;
    if (x0 - half < minFree && x0 + minReach + gap >= maxFree && starts[i]! >= p.tLo) {
      // Saturated: every row is busy until minFree, and nothing starting from here on can end
      // before the latest row does, so every event that starts before the rows free up is
      // clustered, whatever its shape. Find that stretch by binary search and skip it: in the
      // full view of a dense dataset this is nearly every event, counted by pass 2 through the index.
      // (They all start at or after tLo, so all are visible.)
      const end = firstAtPx(starts, i + 1, hi, domainStart, k, half, minFree);
      items.push(i, STRETCH | CLUSTERED, 0, end);
      visible += end - i;
      i = end - 1;
      continue;
    }
    visible++;
    const kind = kinds[i]!;
    let shape: number;
    let right: number;
    if ((kind & RANGE) !== 0) {
      shape = 1;
      right = Math.max((ends[i]! + 1 - domainStart) * k, x0 + s);
    } else if (kind >> 4 === DAY) {
      shape = 0;
      right = x0 + half;
    } else {
      const xe = (ends[i]! + 1 - domainStart) * k;
      if (xe - x0 >= minSpanPx) {
        shape = 2;
        right = xe;
      } else {
        shape = 3;
        right = (x0 + xe) / 2 + half;
      }
    }
    const left = x0 - half;
    let row: number;
    if (left < minFree) {
      // Every row is busy here (the common case in dense views, decided with one comparison):
      // evict the mark that ends last, if it ends after this one.
      if (maxRows === 0 || maxFree <= right + gap) {
        items.push(i, shape | CLUSTERED, right, 0);
        continue;
      }
      row = maxRow;
      items.flags[rowItem[row]!]! |= CLUSTERED;
    } else {
      row = 0;
      while (rowFree[row]! > left) row++;
    }
    rowItem[row] = items.push(i, shape | (row << ROW_SHIFT), right, 0);
    rowFree[row] = right + gap;
    // Rows changed (rare once a view is dense): refresh the earliest and latest free positions.
    minFree = Infinity;
    maxFree = -Infinity;
    for (let r = 0; r < maxRows; r++) {
      if (rowFree[r]! < minFree) minFree = rowFree[r]!;
      if (rowFree[r]! > maxFree) {
        maxFree = rowFree[r]!;
        maxRow = r;
      }
    }
  }

  // Pass 2: emit marks; cut runs of clustered events into tiles anchored at tileOrigin.
  const win = new LaneWindow(lane, index, p, sink);
  for (let t = 0; t < items.length; t++) {
    const f = items.flags[t]!;
    const i = items.at[t]!;
    if ((f & STRETCH) !== 0) win.addStretch(i, items.end[t]!);
    else if ((f & CLUSTERED) === 0) win.emitMark(i, f & 3, f >> ROW_SHIFT, items.right[t]!);
    else win.add(i, items.right[t]!);
  }
  win.finish();
  return visible;
}

/**
 * The first position j in [a, b) with (starts[j] - domainStart) * k - offset ≥ px, or b: a binary
 * search on the very test a sweep would make (converting px to ms instead could round across it).
 */
function firstAtPx(starts: Float64Array, a: number, b: number, domainStart: number, k: number, offset: number, px: number): number {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid]! - domainStart) * k - offset >= px) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Pass 2 of one call: the lane's window (positions in px of its events, by position in the lane),
 * the open run of cluster tiles, and what is sent to the sink. The open tile lives in fields (no
 * object per clustered event); x0 only grows, so the tile index is recomputed only when x0 passes
 * the open tile's right boundary. A run's tiles are held until the run ends, so that a tile of one
 * event can become a mark (see `settleRun`). A class, not closures made per call: the JIT sees the
 * same call targets at every zoom step, so `packLane` stays optimised.
 */
class LaneWindow {
  private readonly half: number;
  private readonly W: number;
  private readonly tileOriginPx: number;
  /** px between the starts of two neighbours in a run of clusters below which the run cannot end there. */
  private readonly bridge: number;
  private readonly run: Tile[] = [];
  private open = false;
  private runEnd = -Infinity;
  private tileEnd = -Infinity;
  private count = 0;
  private first = 0;
  private firstJ = 0;
  private last = 0;
  private tStart = 0;
  private tEnd = 0;
  private cx = 0;
  private cx2 = 0;

  constructor(
    private readonly lane: PreparedLane,
    private readonly index: LaneIndex,
    private readonly p: PackLaneParams,
    private readonly sink: PackLaneSink,
  ) {
    this.half = p.markSize / 2;
    this.W = p.clusterWidthPx > 0 ? p.clusterWidthPx : Infinity;
    this.tileOriginPx = (p.tileOrigin - p.domainStart) * p.k;
    // A clustered event's footprint reaches at least min(half a glyph, a span's minimum) right of
    // its start, and the run's end is `gap` further: a later event can only start a new run where
    // its footprint's left edge (half a glyph left of its start) is past that.
    this.bridge = this.half + Math.min(this.half, p.minSpanPx) + p.gap;
    index.setView(p.k, p.domainStart, p.markSize, p.minSpanPx);
  }

  /** Left edge of the footprint of the event at position `i`. */
  left(i: number): number {
    return (this.lane.starts[i]! - this.p.domainStart) * this.p.k - this.half;
  }

  /** Right edge of the footprint of the event at position `i`. */
  right(i: number): number {
    const { starts, ends, kinds } = this.lane;
    const { domainStart, k } = this.p;
    return footprintRight(kinds[i]!, (starts[i]! - domainStart) * k, (ends[i]! + 1 - domainStart) * k, this.p.markSize, this.p.minSpanPx);
  }

  /** Adds the clustered event at position `i` (footprint's right edge `right`) to the open tile, or starts a tile or a run with it. */
  add(i: number, right: number): void {
    const { starts, ends, events } = this.lane;
    const { gap, markSize: s } = this.p;
    const x0 = (starts[i]! - this.p.domainStart) * this.p.k;
    const left = x0 - this.half;
    const W = this.W;
    let startTile = false;
    let tileLeft = left;
    if (this.open && left < this.runEnd) {
      this.runEnd = Math.max(this.runEnd, right + gap);
      if (x0 >= this.tileEnd) {
        // Same run, next tile: cut the open tile at its boundary so that two pills never overlap,
        // unless that would leave it narrower than a glyph; then it grows into this tile instead.
        const tile = Math.floor((x0 - this.tileOriginPx) / W);
        const cut = Math.min(this.cx2, this.tileEnd - gap);
        if (cut - this.cx >= s) {
          this.closeTile(cut);
          startTile = true;
          // Inside a run a tile starts no further left than its boundary, where the previous one was cut.
          tileLeft = Math.max(left, this.tileOriginPx + tile * W);
        }
        this.tileEnd = this.tileOriginPx + (tile + 1) * W;
      }
    } else {
      // A new run: the previous one ends here, and its last tile keeps its full width.
      if (this.open) {
        this.closeTile(this.cx2);
        this.settleRun();
      }
      this.open = true;
      this.runEnd = right + gap;
      startTile = true;
      this.tileEnd = this.tileOriginPx + (Math.floor((x0 - this.tileOriginPx) / W) + 1) * W;
    }
    if (startTile) {
      this.count = 0;
      this.first = events[i]!;
      this.firstJ = i;
      this.tStart = starts[i]!;
      this.tEnd = ends[i]!;
      this.cx = tileLeft;
      this.cx2 = right;
    }
    this.count++;
    this.last = events[i]!;
    if (ends[i]! > this.tEnd) this.tEnd = ends[i]!;
    if (right > this.cx2) this.cx2 = right;
  }

  /**
   * Adds the clustered events at positions [a, b), as `add` would one by one. Only the events where
   * a tile may begin go through `add`: the first at or past the open tile's boundary (a binary
   * search), and those after a gap between starts wide enough to end the run (`bridge`, found by
   * the index). The events between them are added in bulk from the index's range summaries.
   */
  addStretch(a: number, b: number): void {
    const { starts } = this.lane;
    const { domainStart, k } = this.p;
    let i = a;
    while (i < b) {
      this.add(i, this.right(i));
      if (++i >= b) return;
      const end = this.tileEnd === Infinity ? b : firstAtPx(starts, i, b, domainStart, k, 0, this.tileEnd);
      if (end === i) continue;
      // No run ends in [i, end) when even its last event's footprint starts before the run's end:
      // left edges only grow, and the run's end never shrinks. A saturated stretch spans less than
      // `bridge` px (its rows all free up within minReach + gap of its first start), so this holds
      // but for rounding; then the index finds the first gap between starts wide enough to end the
      // run (with a slack far wider than rounding in doubles), and `add` decides there.
      let next = end;
      if (this.left(end - 1) >= this.runEnd) {
        const slack = 1e-9 * (1 + this.bridge + Math.abs((starts[i]! - domainStart) * k) + Math.abs((starts[end - 1]! - domainStart) * k));
        next = this.index.firstGap(i, end, (this.bridge - slack) / k);
      }
      if (next > i) {
        this.addInBulk(i, next);
        i = next;
      }
    }
  }

  /** Adds [a, b) to the open tile: the caller knows that none of them starts a tile or a run. */
  private addInBulk(a: number, b: number): void {
    this.index.measure(a, b);
    const { right, end } = this.index;
    this.count += b - a;
    this.last = this.lane.events[b - 1]!;
    if (end > this.tEnd) this.tEnd = end;
    this.runEnd = Math.max(this.runEnd, right + this.p.gap);
    if (right > this.cx2) this.cx2 = right;
  }

  /** Ends the last run. */
  finish(): void {
    if (!this.open) return;
    this.closeTile(this.cx2);
    this.settleRun();
    this.open = false;
  }

  private closeTile(x2: number): void {
    this.run.push({ count: this.count, start: this.tStart, end: this.tEnd, firstEvent: this.first, lastEvent: this.last, x: this.cx, x2, j: this.firstJ });
  }

  emitMark(i: number, shapeCode: number, row: number, right: number): void {
    const { starts, ends, events } = this.lane;
    const { domainStart, k } = this.p;
    const e = events[i]!;
    const x0 = (starts[i]! - domainStart) * k;
    const shape = SHAPES[shapeCode]!;
    if (shape === 'point') this.sink.mark(e, shape, x0, x0, row);
    else if (shape === 'hollow') {
      const mid = (x0 + (ends[i]! + 1 - domainStart) * k) / 2;
      this.sink.mark(e, shape, mid, mid, row);
    } else this.sink.mark(e, shape, x0, right, row);
  }

  /** Sends a finished run's tiles: clusters, or marks in the cluster row for tiles of one event. */
  private settleRun(): void {
    const run = this.run;
    settleSingletons(run, this);
    const { starts, ends, kinds } = this.lane;
    const { domainStart, k } = this.p;
    for (const t of run) {
      if (t.count === 1) {
        const x0 = (starts[t.j]! - domainStart) * k;
        const xe = (ends[t.j]! + 1 - domainStart) * k;
        this.emitMark(t.j, shapeCode(kinds[t.j]!, x0, xe, this.p.minSpanPx), this.p.maxRows, this.right(t.j));
      } else this.sink.cluster({ count: t.count, start: t.start, end: t.end, firstEvent: t.firstEvent, lastEvent: t.lastEvent, x: t.x, x2: t.x2 });
    }
    run.length = 0;
  }
}

/** A cluster tile while its run is still open; `j` is its first event's position in the lane. */
interface Tile extends PackedCluster {
  j: number;
}

/**
 * A tile holding one event tells the reader nothing ("1"): such an event is drawn as its own mark
 * in the cluster row instead, when its footprint lies inside its tile (so it overlaps no other
 * tile). Where a tile boundary cut through its footprint (a glyph straddling two tiles of a dense
 * run), it joins the tile before it in the run, or the one after it when it is the first; a lone
 * tile always holds its whole footprint, so a run of one tile never needs this. Merging keeps
 * tiles contiguous, so the run's tiles still never overlap.
 */
function settleSingletons(run: Tile[], win: LaneWindow): void {
  let out = 0;
  for (let t = 0; t < run.length; t++) {
    const tile = run[t]!;
    const fits = tile.count !== 1 || (tile.x <= win.left(tile.j) && win.right(tile.j) <= tile.x2);
    if (fits) {
      run[out++] = tile;
      continue;
    }
    const prev = out > 0 ? run[out - 1]! : undefined;
    if (prev) {
      prev.count += tile.count;
      prev.lastEvent = tile.lastEvent;
      prev.end = Math.max(prev.end, tile.end);
      prev.x2 = tile.x2;
    } else {
      // The first tile of its run, so it was cut on its right by the next one (which exists).
      const next = run[t + 1]!;
      next.count += tile.count;
      next.firstEvent = tile.firstEvent;
      next.start = Math.min(next.start, tile.start);
      next.end = Math.max(next.end, tile.end);
      next.x = tile.x;
      next.j = tile.j;
    }
  }
  run.length = out;
}

/** Shape code (index into SHAPES) of an event whose interval runs from x0 to xe px. */
function shapeCode(kind: number, x0: number, xe: number, minSpanPx: number): number {
  if ((kind & RANGE) !== 0) return 1;
  if (kind >> 4 === DAY) return 0;
  return xe - x0 >= minSpanPx ? 2 : 3;
}
