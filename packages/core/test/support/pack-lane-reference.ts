/**
 * `packLane` as it was before the lane index (commit 2df8be7), kept verbatim as the tests' reference:
 * pass 2 reads every clustered event of the window. The indexed `packLane` must send exactly the
 * same marks and clusters (pack-lane.test.ts). A deliberate copy, frozen: do not share code with
 * the real one, or a change to both would pass unnoticed.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { EVENT_FLAG, PRECISION_CODE, type PreparedLane } from '../../src/layout/prepare-timeline.js';
import type { MarkShape } from '../../src/layout/types.js';

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
const VISIBLE = 4;
const CLUSTERED = 8;
/** Clustered in bulk by pass 1 (a saturated stretch): pass 2 computes its right edge itself. */
const BULK = 16;
const ROW_SHIFT = 5;
const RANGE = EVENT_FLAG.RANGE;
const DAY = PRECISION_CODE.day;

// Scratch buffers reused across calls (grown on demand): they never escape, so the function stays pure.
let rightEdges = new Float64Array(1024);
let itemFlags = new Int32Array(1024);

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
 * Two passes in typed arrays. Where the rows are saturated, pass 1 skips the whole stretch of
 * events that must be clustered with one binary search, so in a dense view each event is touched
 * once (by pass 2, which counts it into its cluster tile); elsewhere O(maxRows) per event.
 * Objects are made only for drawn marks and clusters.
 *
 * @returns the number of events of this lane in the window (marks + clustered events).
 */
export function packLaneReference(lane: PreparedLane, p: PackLaneParams, sink: PackLaneSink): number {
  const { starts, ends, events, kinds } = lane;
  const lo = bisectLeft(lane.maxEnds, p.tLo);
  const hi = bisectRight(starts, p.tHi);
  if (hi <= lo) return 0;
  const m = hi - lo;
  if (rightEdges.length < m) {
    rightEdges = new Float64Array(m * 2);
    itemFlags = new Int32Array(m * 2);
  }
  const R = rightEdges;
  const F = itemFlags;
  const { k, domainStart, markSize: s, gap, minSpanPx, maxRows } = p;
  const half = s / 2;
  // Per row: the position (j) of its current, still revisable mark, and where the row is free again.
  const rowItem = new Int32Array(Math.max(maxRows, 1)).fill(-1);
  const rowFree = new Float64Array(Math.max(maxRows, 1)).fill(-Infinity);
  // The earliest and latest positions at which a row is free again, and the row of the latest.
  // With no rows at all nothing is ever free (every event is clustered).
  let minFree = maxRows > 0 ? -Infinity : Infinity;
  let maxFree = -Infinity;
  let maxRow = 0;
  let visible = 0;

  // No shape ends less than this far right of x(start): half a glyph, or a span's minimum width.
  const minReach = Math.min(half, minSpanPx);

  // Pass 1: shape and right edge; choose the marks (rows), send the rest to clusters.
  for (let j = 0; j < m; j++) {
    const i = lo + j;
    if (ends[i]! < p.tLo) {
      F[j] = 0;
      continue;
    }
    const x0 = (starts[i]! - domainStart) * k;
    if (x0 - half < minFree && x0 + minReach + gap >= maxFree && starts[i]! >= p.tLo) {
      // Saturated: every row is busy until minFree, and nothing starting from here on can end
      // before the latest row does, so every event that starts before the rows free up is
      // clustered, whatever its shape. Find that stretch by binary search and skip it: in the
      // full view of a dense dataset this is nearly every event, touched once (in pass 2).
      // (They all start at or after tLo, so all are visible.)
      let end = bisectLeft(starts, domainStart + (minFree + half) / k, i, hi);
      // The search converted px to ms; settle the edge with the exact px test used above.
      while (end > i + 1 && (starts[end - 1]! - domainStart) * k - half >= minFree) end--;
      while (end < hi && (starts[end]! - domainStart) * k - half < minFree) end++;
      F.fill(VISIBLE | CLUSTERED | BULK, j, end - lo);
      visible += end - i;
      j = end - lo - 1;
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
    R[j] = right;
    const left = x0 - half;
    let row: number;
    if (left < minFree) {
      // Every row is busy here (the common case in dense views, decided with one comparison):
      // evict the mark that ends last, if it ends after this one.
      if (maxRows === 0 || maxFree <= right + gap) {
        F[j] = shape | VISIBLE | CLUSTERED;
        continue;
      }
      row = maxRow;
      F[rowItem[row]!]! |= CLUSTERED;
    } else {
      row = 0;
      while (rowFree[row]! > left) row++;
    }
    rowItem[row] = j;
    rowFree[row] = right + gap;
    F[j] = shape | VISIBLE | (row << ROW_SHIFT);
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
  // The open tile lives in scalars (no object per clustered event); x0 only grows, so the tile
  // index is recomputed only when x0 passes the open tile's right boundary. A run's tiles are
  // held until the run ends, so that a tile of one event can become a mark (see `settleRun`).
  const W = p.clusterWidthPx > 0 ? p.clusterWidthPx : Infinity;
  const tileOriginPx = (p.tileOrigin - domainStart) * k;
  const run: Tile[] = [];
  let open = false;
  let runEnd = -Infinity;
  let tileEnd = -Infinity;
  let count = 0;
  let first = 0;
  let firstJ = 0;
  let last = 0;
  let tStart = 0;
  let tEnd = 0;
  let cx = 0;
  let cx2 = 0;
  const win = new LaneWindow(lane, lo, p, F, R, sink);
  for (let j = 0; j < m; j++) {
    const f = F[j]!;
    if ((f & VISIBLE) === 0) continue;
    const i = lo + j;
    const e = events[i]!;
    const x0 = (starts[i]! - domainStart) * k;
    const left = x0 - half;
    const right = win.right(j);
    if ((f & CLUSTERED) === 0) {
      win.emitMark(j, f & 3, f >> ROW_SHIFT, right);
      continue;
    }
    let startTile = false;
    let tileLeft = left;
    if (open && left < runEnd) {
      runEnd = Math.max(runEnd, right + gap);
      if (x0 >= tileEnd) {
        // Same run, next tile: cut the open tile at its boundary so that two pills never overlap,
        // unless that would leave it narrower than a glyph; then it grows into this tile instead.
        const tile = Math.floor((x0 - tileOriginPx) / W);
        const cut = Math.min(cx2, tileEnd - gap);
        if (cut - cx >= s) {
          run.push({ count, start: tStart, end: tEnd, firstEvent: first, lastEvent: last, x: cx, x2: cut, j: firstJ });
          startTile = true;
          // Inside a run a tile starts no further left than its boundary, where the previous one was cut.
          tileLeft = Math.max(left, tileOriginPx + tile * W);
        }
        tileEnd = tileOriginPx + (tile + 1) * W;
      }
    } else {
      // A new run: the previous one ends here, and its last tile keeps its full width.
      if (open) {
        run.push({ count, start: tStart, end: tEnd, firstEvent: first, lastEvent: last, x: cx, x2: cx2, j: firstJ });
        win.settleRun(run);
      }
      open = true;
      runEnd = right + gap;
      startTile = true;
      tileEnd = tileOriginPx + (Math.floor((x0 - tileOriginPx) / W) + 1) * W;
    }
    if (startTile) {
      count = 0;
      first = e;
      firstJ = j;
      tStart = starts[i]!;
      tEnd = ends[i]!;
      cx = tileLeft;
      cx2 = right;
    }
    count++;
    last = e;
    if (ends[i]! > tEnd) tEnd = ends[i]!;
    if (right > cx2) cx2 = right;
  }
  if (open) {
    run.push({ count, start: tStart, end: tEnd, firstEvent: first, lastEvent: last, x: cx, x2: cx2, j: firstJ });
    win.settleRun(run);
  }
  return visible;
}

/**
 * One call's view of a lane for pass 2: positions in px of the events in the window (by their
 * position `j` from `lo`), and what is sent to the sink. A class, not closures made per call: the
 * JIT sees the same call targets at every zoom step, so `packLane` stays optimised.
 */
class LaneWindow {
  private readonly half: number;

  constructor(
    private readonly lane: PreparedLane,
    private readonly lo: number,
    private readonly p: PackLaneParams,
    private readonly F: Int32Array,
    private readonly R: Float64Array,
    private readonly sink: PackLaneSink,
  ) {
    this.half = p.markSize / 2;
  }

  /** Left edge of the footprint of the event at `j`. */
  left(j: number): number {
    return (this.lane.starts[this.lo + j]! - this.p.domainStart) * this.p.k - this.half;
  }

  /** Right edge of the footprint (pass 1 stored it, except in a stretch it clustered in bulk). */
  right(j: number): number {
    if ((this.F[j]! & BULK) === 0) return this.R[j]!;
    const { starts, ends, kinds } = this.lane;
    const { domainStart, k } = this.p;
    const i = this.lo + j;
    return rightEdge(kinds[i]!, (starts[i]! - domainStart) * k, (ends[i]! + 1 - domainStart) * k, this.p.markSize, this.p.minSpanPx);
  }

  emitMark(j: number, shapeCode: number, row: number, right: number): void {
    const { starts, ends, events } = this.lane;
    const { domainStart, k } = this.p;
    const i = this.lo + j;
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
  settleRun(run: Tile[]): void {
    settleSingletons(run, this);
    const { starts, ends, kinds } = this.lane;
    const { domainStart, k } = this.p;
    for (const t of run) {
      if (t.count === 1) {
        const i = this.lo + t.j;
        const x0 = (starts[i]! - domainStart) * k;
        const xe = (ends[i]! + 1 - domainStart) * k;
        this.emitMark(t.j, shapeCode(kinds[i]!, x0, xe, this.p.minSpanPx), this.p.maxRows, this.right(t.j));
      } else this.sink.cluster({ count: t.count, start: t.start, end: t.end, firstEvent: t.firstEvent, lastEvent: t.lastEvent, x: t.x, x2: t.x2 });
    }
    run.length = 0;
  }
}

/** A cluster tile while its run is still open; `j` is its first event's position in the window. */
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

/** The right edge (px) of an event's footprint: bar end, span end, or glyph edge (see `packLane`). */
function rightEdge(kind: number, x0: number, xe: number, s: number, minSpanPx: number): number {
  if ((kind & RANGE) !== 0) return Math.max(xe, x0 + s);
  if (kind >> 4 === DAY) return x0 + s / 2;
  return xe - x0 >= minSpanPx ? xe : (x0 + xe) / 2 + s / 2;
}
