import { bisectLeft, bisectRight } from 'd3-array';
import { EVENT_FLAG, PRECISION_CODE, type PreparedLane } from './prepare-timeline.js';
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
  mark(eventIndex: number, shape: MarkShape, x: number, x2: number, row: number): void;
  cluster(cluster: PackedCluster): void;
}

const SHAPES: readonly MarkShape[] = ['point', 'range', 'span', 'hollow'];
const VISIBLE = 4;
const CLUSTERED = 8;
const ROW_SHIFT = 4;
const RANGE = EVENT_FLAG.RANGE;
const DAY = PRECISION_CODE.day;

// Scratch buffers reused across calls (grown on demand): they never escape, so the function stays pure.
let rightEdges = new Float64Array(1024);
let itemFlags = new Int32Array(1024);

/**
 * Lays out one lane's events in the window: as many individual marks as fit in `maxRows` rows,
 * the rest as clusters in one row below.
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
 * Two passes over the visible events, O(maxRows) each, in typed arrays; objects are made only for
 * drawn marks and clusters.
 *
 * @returns the number of events of this lane in the window (marks + clustered events).
 */
export function packLane(lane: PreparedLane, p: PackLaneParams, sink: PackLaneSink): number {
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
  let visible = 0;

  // Pass 1: shape and right edge; choose the marks (rows), send the rest to clusters.
  for (let j = 0; j < m; j++) {
    const i = lo + j;
    if (ends[i]! < p.tLo) {
      F[j] = 0;
      continue;
    }
    visible++;
    const kind = kinds[j + lo]!;
    const x0 = (starts[i]! - domainStart) * k;
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
    let row = 0;
    while (row < maxRows && rowFree[row]! > left) row++;
    if (row === maxRows) {
      // Every row is busy here: evict the mark that ends last, if it ends after this one.
      let latest = -1;
      for (let r = 0; r < maxRows; r++) if (latest < 0 || rowFree[r]! > rowFree[latest]!) latest = r;
      if (latest < 0 || rowFree[latest]! <= right + gap) {
        F[j] = shape | VISIBLE | CLUSTERED;
        continue;
      }
      F[rowItem[latest]!]! |= CLUSTERED;
      row = latest;
    }
    rowItem[row] = j;
    rowFree[row] = right + gap;
    F[j] = shape | VISIBLE | (row << ROW_SHIFT);
  }

  // Pass 2: emit marks; cut runs of clustered events into tiles anchored at tileOrigin.
  const W = p.clusterWidthPx > 0 ? p.clusterWidthPx : Infinity;
  const tileOriginPx = (p.tileOrigin - domainStart) * k;
  let runEnd = -Infinity;
  let chunk: (PackedCluster & { tile: number }) | undefined;
  const emit = (c: PackedCluster, right: number) => {
    sink.cluster({ count: c.count, start: c.start, end: c.end, firstEvent: c.firstEvent, lastEvent: c.lastEvent, x: c.x, x2: right });
  };

  for (let j = 0; j < m; j++) {
    const f = F[j]!;
    if ((f & VISIBLE) === 0) continue;
    const i = lo + j;
    const e = events[i]!;
    const x0 = (starts[i]! - domainStart) * k;
    const left = x0 - half;
    const right = R[j]!;
    if ((f & CLUSTERED) === 0) {
      const shape = SHAPES[f & 3]!;
      const row = f >> ROW_SHIFT;
      if (shape === 'point') sink.mark(e, shape, x0, x0, row);
      else if (shape === 'hollow') {
        const mid = (x0 + (ends[i]! + 1 - domainStart) * k) / 2;
        sink.mark(e, shape, mid, mid, row);
      } else sink.mark(e, shape, x0, right, row);
      continue;
    }
    const tile = Math.floor((x0 - tileOriginPx) / W);
    const newRun = chunk === undefined || left >= runEnd;
    if (newRun) {
      // The previous run ends here; its last tile keeps its full width.
      if (chunk !== undefined) emit(chunk, chunk.x2);
      chunk = undefined;
      runEnd = right + gap;
    } else {
      runEnd = Math.max(runEnd, right + gap);
      if (chunk !== undefined && tile !== chunk.tile) {
        // Same run, next tile: cut the open tile at its boundary so that two pills never overlap,
        // unless that would leave it narrower than a glyph; then it grows into this tile instead.
        const cut = Math.min(chunk.x2, tileOriginPx + (chunk.tile + 1) * W - gap);
        if (cut - chunk.x >= s) {
          emit(chunk, cut);
          chunk = undefined;
        } else {
          chunk.tile = tile;
        }
      }
    }
    if (chunk === undefined) {
      // Inside a run a tile starts no further left than its boundary, where the previous tile was cut.
      const x = newRun ? left : Math.max(left, tileOriginPx + tile * W);
      chunk = { count: 0, start: starts[i]!, end: ends[i]!, firstEvent: e, lastEvent: e, tile, x, x2: right };
    }
    chunk.count++;
    chunk.end = Math.max(chunk.end, ends[i]!);
    chunk.lastEvent = e;
    chunk.x2 = Math.max(chunk.x2, right);
  }
  if (chunk !== undefined) emit(chunk, chunk.x2);
  return visible;
}
