import { footprintRight } from './footprint-right.js';
import { EVENT_FLAG, PRECISION_CODE } from './event-flag.js';
import type { PreparedLane } from './prepare-timeline.js';

/** Events per block, a power of two: a query reads at most its two end blocks event by event. */
const SHIFT = 6;
const BLOCK = 1 << SHIFT;
const RANGE = EVENT_FLAG.RANGE;
const DAY = PRECISION_CODE.day;

// The summary of a node (a block, or a power-of-two run of blocks), NF numbers from `node * NF`.
// Right edges depend on the zoom, so the node keeps what gives them at any zoom, per kind of event:
/** Latest end, and largest step between the starts of an event and the one before it. */
const MAX_END = 0;
const MAX_GAP = 1;
/** Ranges: latest end and latest start (the bar ends at the later of its end and its start + a glyph). */
const R_END = 2;
const R_START = 3;
/** Day points: latest start (the glyph ends half a glyph right of it). */
const D_START = 4;
/** Month and year points: latest end (drawn as spans), shortest and longest duration (which decide
 * span or hollow glyph), largest start + end + 1 (twice the middle, where a hollow glyph sits) and
 * the start of the event that has it (NaN when events of different starts share it). */
const M_END = 5;
const M_MIN_DUR = 6;
const M_MAX_DUR = 7;
const M_MID = 8;
const M_MID_START = 9;
const NF = 10;

/** Events summarised per step of `laneIndexSteps` (64 blocks): ~0.3–1 ms cold. */
const STEP_EVENTS = 4096;
/** Nodes combined per step of `laneIndexSteps` (each reads two and writes one of 80 bytes). */
const STEP_NODES = 4096;

const built = new WeakMap<PreparedLane, LaneIndex>();

/**
 * The lane's multi-resolution summary (see `LaneIndex`), built on first use and kept as long as
 * the lane is (a lane of 1,000,000 events: a few ms, and 2.6 MB: ten numbers per node, 2–4 nodes per
 * block of 64 events, ~2.6 bytes per event).
 */
export function laneIndex(lane: PreparedLane): LaneIndex {
  const index = built.get(lane);
  if (index !== undefined) return index;
  const steps = laneIndexSteps(lane);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `laneIndex(lane)` in steps, for a caller that gives the event loop back between them (a lane of
 * 300,000 events took 45 ms in one go, cold, in Chromium): yields the lane's events summarised so
 * far (never decreasing, up to its length), after each `eventsPerStep` of them (rounded up to
 * whole blocks of 64) and after each few thousand nodes of the tree above them, then returns the
 * index, which `laneIndex` gives from then on. The same index as one call builds: the blocks and
 * nodes are summarised in the same order.
 */
export function* laneIndexSteps(lane: PreparedLane, eventsPerStep = STEP_EVENTS): Generator<number, LaneIndex> {
  const known = built.get(lane);
  if (known !== undefined) return known;
  const n = lane.starts.length;
  const blocks = Math.max(1, Math.ceil(n / BLOCK));
  let size = 1;
  while (size < blocks) size *= 2;
  const a = new Float64Array(2 * size * NF);
  const perStep = Math.max(1, Math.ceil(eventsPerStep / BLOCK));
  for (let block = 0; block < size; block += perStep) {
    const last = Math.min(size, block + perStep);
    summarizeBlocks(a, lane, size, block, last);
    if (last < size) yield Math.min(n, last << SHIFT);
  }
  yield n;
  // Parents after their children: node v from 2v and 2v + 1, v from size - 1 down to 1.
  for (let v = size - 1; v >= 1; v -= STEP_NODES) {
    combineNodes(a, Math.max(1, v - STEP_NODES + 1), v);
    if (v > STEP_NODES) yield n;
  }
  // Another caller may have built it meanwhile (between two steps): the first one stays.
  let index = built.get(lane);
  if (index === undefined) built.set(lane, (index = new LaneIndex(lane, size, a)));
  return index;
}

/**
 * Range queries over a lane's events (by position in its start order), each O(log n + 64) whatever
 * the zoom: the latest end, the rightmost footprint edge in px at the current zoom (`setView`), the
 * first wide gap between starts and the first event ending after an instant. So `packLane` counts a
 * dense stretch into its cluster tiles without reading each event.
 *
 * The summaries sit in a segment tree over blocks of 64 events: a tree of power-of-two runs of
 * blocks, as map clusterers and trace viewers (supercluster, Perfetto) keep power-of-two
 * resolutions, but cut by count rather than by time, so that no node is empty or overfull however
 * the data is spread. A node's rightmost edge is exact (the same floating-point value as reading
 * each event, as every formula is monotone in the one time it reads), except where month or year
 * points straddle the span/hollow threshold of the zoom, or two hollow glyphs tie at different
 * starts; the query then reads the node's halves instead, down to the events. Written here rather
 * than taken from a library: d3-array bisects but has no range maximum, and the edges' maximum
 * depends on the zoom (generic segment trees and sparse tables hold one fixed value per event).
 */
export class LaneIndex {
  private readonly size: number;
  private readonly node: Float64Array;
  private k = 1;
  private d = 0;
  private markSize = 0;
  private minSpanPx = 0;

  /** The index of `lane` from its tree (`laneIndexSteps` builds it): `size` leaves, one per block, NF numbers a node. */
  constructor(private readonly lane: PreparedLane, size: number, node: Float64Array) {
    this.size = size;
    this.node = node;
  }

  /** Sets the zoom of `maxRight`: x = (t - domainStart) * k px, glyphs `markSize` wide, spans narrower than `minSpanPx` hollow. */
  setView(k: number, domainStart: number, markSize: number, minSpanPx: number): void {
    this.k = k;
    this.d = domainStart;
    this.markSize = markSize;
    this.minSpanPx = minSpanPx;
  }

  /** After `measure`: the latest end (UTC ms, inclusive) and the rightmost footprint edge (px) of its events. */
  end = -Infinity;
  right = -Infinity;

  /**
   * The latest end and the rightmost footprint edge (px, see `footprintRight`, at the zoom of
   * `setView`) of the events at positions [a, b), into `end` and `right` (-Infinity when there are
   * none): both from one read of the two end blocks and one walk down the tree.
   */
  measure(a: number, b: number): void {
    this.end = -Infinity;
    this.right = -Infinity;
    if (b <= a) return;
    const ba = a >> SHIFT;
    const bb = (b - 1) >> SHIFT;
    if (ba === bb) {
      this.scan(a, b);
      return;
    }
    this.scan(a, (ba + 1) << SHIFT);
    this.scan(bb << SHIFT, b);
    if (bb > ba + 1) this.walk(1, 0, this.size, ba + 1, bb);
  }

  /** The latest end of the events at [a, b) (see `measure`). */
  maxEnd(a: number, b: number): number {
    this.measure(a, b);
    return this.end;
  }

  /** The rightmost footprint edge of the events at [a, b) (see `measure`). */
  maxRight(a: number, b: number): number {
    this.measure(a, b);
    return this.right;
  }

  /** The first position p in [a, b) (p ≥ 1) whose start is at least `gap` ms after the one before; b when none is. */
  firstGap(a: number, b: number, gap: number): number {
    return this.firstAtLeast(a, b, MAX_GAP, gap);
  }

  /** The first position in [a, b) of an event ending at or after `t` (UTC ms); b when none does. */
  firstEndFrom(a: number, b: number, t: number): number {
    return this.firstAtLeast(a, b, MAX_END, t);
  }

  private firstAtLeast(a: number, b: number, field: number, t: number): number {
    if (b <= a) return b;
    const ba = a >> SHIFT;
    const bb = (b - 1) >> SHIFT;
    const firstEnd = ba === bb ? b : (ba + 1) << SHIFT;
    const p = this.scanAtLeast(a, firstEnd, field, t);
    if (p < firstEnd || ba === bb) return p < firstEnd ? p : b;
    if (bb > ba + 1) {
      const block = this.treeFind(1, 0, this.size, ba + 1, bb, field, t);
      if (block >= 0) return this.scanAtLeast(block << SHIFT, (block + 1) << SHIFT, field, t);
    }
    return this.scanAtLeast(bb << SHIFT, b, field, t);
  }

  private scanAtLeast(a: number, b: number, field: number, t: number): number {
    const { starts, ends } = this.lane;
    if (field === MAX_END) {
      for (let i = a; i < b; i++) if (ends[i]! >= t) return i;
    } else {
      for (let i = a; i < b; i++) if ((i === 0 ? Infinity : starts[i]! - starts[i - 1]!) >= t) return i;
    }
    return b;
  }

  /** Reads the events at [a, b) one by one into `end` and `right`. */
  private scan(a: number, b: number): void {
    const { starts, ends, kinds } = this.lane;
    const { k, d, markSize, minSpanPx } = this;
    let end = this.end;
    let right = this.right;
    for (let i = a; i < b; i++) {
      const e = ends[i]!;
      if (e > end) end = e;
      const r = footprintRight(kinds[i]!, (starts[i]! - d) * k, (e + 1 - d) * k, markSize, minSpanPx);
      if (r > right) right = r;
    }
    this.end = end;
    this.right = right;
  }

  /** The first block in [qa, qb) under node v (blocks [lo, hi)) whose `field` is at least t, or -1. */
  private treeFind(v: number, lo: number, hi: number, qa: number, qb: number, field: number, t: number): number {
    if (qb <= lo || hi <= qa || !(this.node[v * NF + field]! >= t)) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.treeFind(2 * v, lo, mid, qa, qb, field, t);
    return left >= 0 ? left : this.treeFind(2 * v + 1, mid, hi, qa, qb, field, t);
  }

  /** Adds the blocks [qa, qb) under node v (blocks [lo, hi)) into `end` and `right`. */
  private walk(v: number, lo: number, hi: number, qa: number, qb: number): void {
    if (qb <= lo || hi <= qa) return;
    if (qa <= lo && hi <= qb) {
      this.whole(v, lo, hi);
      return;
    }
    const mid = (lo + hi) >> 1;
    this.walk(2 * v, lo, mid, qa, qb);
    this.walk(2 * v + 1, mid, hi, qa, qb);
  }

  /** Adds all events under node v (blocks [lo, hi)): from its summary, else from its halves, down to the events. */
  private whole(v: number, lo: number, hi: number): void {
    const n = this.lane.starts.length;
    const first = lo << SHIFT;
    if (first >= n) return;
    const r = this.summaryRight(v * NF, this.lane.starts[first]!);
    if (r === r) {
      if (r > this.right) this.right = r;
      const e = this.node[v * NF + MAX_END]!;
      if (e > this.end) this.end = e;
    } else if (hi - lo === 1) this.scan(first, Math.min(first + BLOCK, n));
    else {
      const mid = (lo + hi) >> 1;
      this.whole(2 * v, lo, mid);
      this.whole(2 * v + 1, mid, hi);
    }
  }

  /** The rightmost edge from the summary at offset o (events from `firstStart` on), or NaN when it cannot tell exactly. */
  private summaryRight(o: number, firstStart: number): number {
    const a = this.node;
    const { k, d, markSize, minSpanPx } = this;
    let r = -Infinity;
    if (a[o + R_END]! > -Infinity) r = Math.max((a[o + R_END]! + 1 - d) * k, (a[o + R_START]! - d) * k + markSize);
    if (a[o + D_START]! > -Infinity) r = Math.max(r, (a[o + D_START]! - d) * k + markSize / 2);
    if (a[o + M_END]! > -Infinity) {
      const xe = (a[o + M_END]! + 1 - d) * k;
      // Far wider than rounding (px are computed in doubles): within it, each event decides for itself.
      const slack = 1e-9 * (1 + minSpanPx + Math.abs(xe) + Math.abs((firstStart - d) * k));
      if (a[o + M_MIN_DUR]! * k >= minSpanPx + slack) r = Math.max(r, xe);
      else if (a[o + M_MAX_DUR]! * k < minSpanPx - slack) {
        const s = a[o + M_MID_START]!;
        if (s !== s) return NaN;
        r = Math.max(r, ((s - d) * k + (a[o + M_MID]! - s - d) * k) / 2 + markSize / 2);
      } else return NaN;
    }
    return r;
  }
}

/**
 * The summary of the lane's blocks [from, to) into their leaves of the tree of `size` leaves (past
 * the last block: empty ones, of no events).
 */
function summarizeBlocks(a: Float64Array, lane: PreparedLane, size: number, from: number, to: number): void {
  const { starts, ends, kinds } = lane;
  const n = starts.length;
  // One block at a time, in locals (a lane of 1,000,000 events in a few ms).
  for (let block = from; block < to; block++) {
    let maxEnd = -Infinity;
    let maxGap = -Infinity;
    let rEnd = -Infinity;
    let rStart = -Infinity;
    let dStart = -Infinity;
    let mEnd = -Infinity;
    let mMinDur = Infinity;
    let mMaxDur = -Infinity;
    let mMid = -Infinity;
    let mMidStart = 0;
    let previous = block === 0 ? NaN : starts[Math.min(n, block << SHIFT) - 1]!;
    const last = Math.min(n, (block + 1) << SHIFT);
    for (let i = block << SHIFT; i < last; i++) {
      const s = starts[i]!;
      const e = ends[i]!;
      const kind = kinds[i]!;
      if (e > maxEnd) maxEnd = e;
      // The first event of the lane has no step before it: it may always begin a run.
      const gap = i === 0 ? Infinity : s - previous;
      previous = s;
      if (gap > maxGap) maxGap = gap;
      if ((kind & RANGE) !== 0) {
        if (e > rEnd) rEnd = e;
        rStart = s;
      } else if (kind >> 4 === DAY) dStart = s;
      else {
        if (e > mEnd) mEnd = e;
        const dur = e + 1 - s;
        if (dur < mMinDur) mMinDur = dur;
        if (dur > mMaxDur) mMaxDur = dur;
        const mid = s + e + 1;
        if (mid > mMid) {
          mMid = mid;
          mMidStart = s;
        } else if (mid === mMid && s !== mMidStart) mMidStart = NaN;
      }
    }
    const o = (size + block) * NF;
    a[o + MAX_END] = maxEnd;
    a[o + MAX_GAP] = maxGap;
    a[o + R_END] = rEnd;
    a[o + R_START] = rStart;
    a[o + D_START] = dStart;
    a[o + M_END] = mEnd;
    a[o + M_MIN_DUR] = mMinDur;
    a[o + M_MAX_DUR] = mMaxDur;
    a[o + M_MID] = mMid;
    a[o + M_MID_START] = mMidStart;
  }
}

/** Nodes [from, to], from `to` down: each from its two children. */
function combineNodes(a: Float64Array, from: number, to: number): void {
  for (let v = to; v >= from; v--) combine(a, v * NF, 2 * v * NF, (2 * v + 1) * NF);
}

/** Node o summarises nodes l and r (l's events before r's). */
function combine(a: Float64Array, o: number, l: number, r: number): void {
  for (let f = MAX_END; f <= M_END; f++) a[o + f] = Math.max(a[l + f]!, a[r + f]!);
  a[o + M_MAX_DUR] = Math.max(a[l + M_MAX_DUR]!, a[r + M_MAX_DUR]!);
  a[o + M_MIN_DUR] = Math.min(a[l + M_MIN_DUR]!, a[r + M_MIN_DUR]!);
  const ml = a[l + M_MID]!;
  const mr = a[r + M_MID]!;
  a[o + M_MID] = Math.max(ml, mr);
  const sl = a[l + M_MID_START]!;
  const sr = a[r + M_MID_START]!;
  a[o + M_MID_START] = ml > mr ? sl : mr > ml ? sr : sl === sr ? sl : NaN;
}
