import type { Dataset, EventType, Id, Issue, Lane, Stance, TimelineEvent } from '../model/index.js';
import { laneOfActor, OTHERS_LANE_ID, stancePeriods, type StancePeriod } from '../query/index.js';
import { EVENT_FLAG } from './event-flag.js';
import { laneIndexSteps } from './lane-index.js';
import { DateSpanCache } from './date-span-cache.js';
import { SPAN_APPROXIMATE, SPAN_UNCERTAIN } from './read-edtf-span.js';
import type { ViewDomain } from './types.js';
import { copyInSteps, touch } from './touch-pages.js';

// In their own module, so that the lane index (imported here) can read them without a cycle.
export { EVENT_FLAG, PRECISION_CODE } from './event-flag.js';

/** The synthetic lane's label and colour (the element shows a translated label). */
export const OTHERS_LANE: Readonly<Lane> = Object.freeze({ id: OTHERS_LANE_ID, label: 'Others', order: Infinity, color: '#6b7280' });

/**
 * Kinds of tie, by the role of the participant at the arrow's end: a recipient (`to`), a target
 * (`against`), a party the act is about (`about`). Values of `PreparedTimeline.tieKind`.
 */
export const TIE_KINDS = Object.freeze(['to', 'against', 'about'] as const);
/** Tie kind code of each non-actor role; a pair of lanes joined by several roles keeps the first in `TIE_PRIORITY`. */
const TIE_CODE = { recipient: 0, target: 1, object: 2 } as const;
/** Higher wins: against (1) over to (0) over about (2). */
const TIE_PRIORITY = [1, 2, 0] as const;
/** Role codes beside `TIE_CODE`'s: an actor, and a role of neither kind (none in a valid dataset). */
const ACTOR = -1;
const OTHER_ROLE = 3;

/** The events drawn in one lane, sorted by start, as parallel typed arrays. */
export interface PreparedLane {
  lane: Lane;
  /** Indices into `PreparedTimeline.events`, sorted by start (ties in dataset order). */
  events: Int32Array;
  /** UTC ms, first instant of each event's interval (ascending). */
  starts: Float64Array;
  /** UTC ms, last instant (inclusive). */
  ends: Float64Array;
  /** Running maximum of `ends` (ascending): finds ranges that start before a window and reach into it. */
  maxEnds: Float64Array;
  /** Per event of the lane: its `EVENT_FLAG` bits | (`PRECISION_CODE` << 4), beside the times for fast sequential reads. */
  kinds: Uint8Array;
}

/** Everything about a dataset that does not depend on the view; build once with `prepareTimeline`. */
export interface PreparedTimeline {
  readonly dataset: Dataset;
  /** The dataset's events, in dataset order; every index below points into this. */
  readonly events: readonly TimelineEvent[];
  /** Per event: UTC ms of the first and last (inclusive) instant of its `when`. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Per event: `PRECISION_CODE` of the coarser of its dates. */
  readonly precision: Uint8Array;
  /** Per event: `EVENT_FLAG` bits. */
  readonly flags: Uint8Array;
  /** The event types that occur (for a legend), found while the events were read: no walk of its own over them. */
  readonly eventTypes: ReadonlySet<EventType>;
  /** Lane indices of event i: `eventLanes[eventLaneOffsets[i] … eventLaneOffsets[i + 1])`, actors' lanes first. */
  readonly eventLaneOffsets: Int32Array;
  readonly eventLanes: Int32Array;
  /** Tie pairs of event i (actor's lane → recipient's, target's or object's lane): `tieFrom/tieTo[tieOffsets[i] … tieOffsets[i + 1])`. */
  readonly tieOffsets: Int32Array;
  readonly tieFrom: Int32Array;
  readonly tieTo: Int32Array;
  /** Per tie: its kind, an index into `TIE_KINDS` (0 to a recipient, 1 against a target, 2 about an object). */
  readonly tieKind: Uint8Array;
  /** Lanes by `order` (then id), each with its events; then the context row (`OTHERS_LANE_ID`), when any event needs it. */
  readonly lanes: readonly PreparedLane[];
  /** Index in `lanes` of the context row, or -1 when there is none. */
  readonly othersLane: number;
  readonly laneIndex: ReadonlyMap<Id, number>;
  /** All events by start (ties in dataset order), for the list of visible events: indices, starts, running max of ends. */
  readonly order: Int32Array;
  readonly orderStarts: Float64Array;
  readonly orderMaxEnds: Float64Array;
  /** Per position of `order`: the event's last instant, its id, and whether it is in any lane. */
  readonly orderEnds: Float64Array;
  readonly orderIds: readonly Id[];
  readonly orderInLane: Uint8Array;
  /** From the earliest start to just after the latest end of events and stance observations (UTC ms). */
  readonly extent: ViewDomain;
  readonly issues: readonly Issue[];
  /** Per issue, per lane index: the lane's stance periods in time order (the lane speaks with one voice). */
  readonly stanceTracks: ReadonlyMap<Id, readonly (readonly StancePeriod[])[]>;
  readonly stanceById: ReadonlyMap<Id, Stance>;
}

/** Extent used when a dataset has no dates at all: 2011-01-01 to 2016-01-01 (UTC), the built-in story's years. */
export const EMPTY_EXTENT: ViewDomain = Object.freeze({ start: Date.UTC(2011, 0, 1), end: Date.UTC(2016, 0, 1) });

/** Events handled between two yields of `prepareTimelineSteps`: ~0.2–2 ms of work (the first pass, which reads the event objects, is the slowest). */
const STEP = 4096;
/** `prepareTimelineSteps` goes over the events this many times (read, count, place by start, fill lanes). */
const PASSES = 4;
const DAY_MS = 86_400_000;
/** Indices of `Preparation.bounds`. */
const BOUND_MIN = 0;
const BOUND_MAX_START = 1;
const BOUND_MAX = 2;

/**
 * The view-independent part of the layout, computed once per dataset: lanes in order, each lane's
 * events (an event with participants in two lanes is in both; one with none in the context row,
 * `OTHERS_LANE_ID`) sorted by start in typed arrays,
 * every date parsed once, the data's extent, tie pairs, and stance periods per lane and issue.
 * Never changes `dataset`. Expects a valid dataset (see `parseDataset`).
 * `prepareTimelineSteps` is the same work in slices.
 * @throws EdtfError when a date is not of the profile.
 */
export function prepareTimeline(dataset: Dataset): PreparedTimeline {
  // Without the lanes' indexes: a layout builds those it needs, and the dataset worker's would stay in the worker.
  const steps = preparationSteps(dataset, false);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `prepareTimeline(dataset)` in steps, for a caller that gives the event loop back between them
 * (a million events take ~0.5–1 s): yields the number of events processed so far (0 to the number
 * of events, never decreasing; each of the four passes over the events counts for a quarter)
 * every 1,024 of them or more often, then returns the same `PreparedTimeline`. A step is a pass
 * over 4,096 events (~1–2 ms) or a single allocation or copy of the result's arrays, except, for
 * data whose start days are far sparser than its events (more days from the first start to the
 * last than twice the events), one sort of the start days. Its last steps build each lane's
 * index (`laneIndex`, in steps of 4,096 events), which the first layout would otherwise build.
 * @throws EdtfError when a date is not of the profile (from the step that reads it).
 */
export function prepareTimelineSteps(dataset: Dataset): Generator<number, PreparedTimeline> {
  return preparationSteps(dataset, true);
}

/**
 * One preparation kept alive (of no events): V8 forgets the shape of a class's objects when none is
 * left at a garbage collection, and then throws away the methods' optimised code (a preparation of
 * 10,000 events after a collection took 100 ms instead of 10).
 */
let keptShape: Preparation | undefined;

function* preparationSteps(dataset: Dataset, indexLanes: boolean): Generator<number, PreparedTimeline> {
  keptShape ??= new Preparation({ version: 1, lanes: [], actors: [], issues: [], sources: [], events: [], stances: [] });
  const p = new Preparation(dataset);
  const n = p.n;
  const progress = (pass: number, i: number) => Math.floor((pass * n + i) / PASSES);
  if (n) yield* p.allocate();
  for (let i = 0; i < n; i += STEP) {
    p.readEvents(i, Math.min(n, i + STEP));
    yield progress(0, i + STEP > n ? n : i + STEP);
  }
  if (p.rankStarts()) yield progress(1, 0);
  for (let i = 0; i < n; i += STEP) {
    p.countStarts(i, Math.min(n, i + STEP));
    yield progress(1, i + STEP > n ? n : i + STEP);
  }
  p.copyIds();
  if (n > 0) yield progress(2, 0);
  p.sumCounts();
  if (n > 0) yield progress(2, 0);
  for (let i = 0; i < n; i += STEP) {
    p.placeByStart(i, Math.min(n, i + STEP));
    yield progress(2, i + STEP > n ? n : i + STEP);
  }
  for (const _ of p.allocateLanes()) if (n > 0) yield progress(3, 0);
  for (let r = 0; r < n; r += STEP) {
    p.fillLanes(r, Math.min(n, r + STEP));
    if (r + STEP < n) yield progress(3, r + STEP);
  }
  for (const _ of p.trim()) yield progress(3, n - 1);
  const prepared = p.result();
  if (indexLanes && n > 0) {
    // In steps of a few thousand events (a lane of 300,000 in one go was 45 ms cold).
    for (const lane of prepared.lanes) for (const _ of laneIndexSteps(lane)) yield n;
  }
  return prepared;
}

/**
 * The state of one `prepareTimelineSteps`, its passes as methods over a range of events (plain
 * methods rather than the generator's own loops, so that the JIT optimises them from call to call).
 * Each pass reads its inputs in order and writes a few streams: reading event fields or arrays
 * at random positions was most of the time before (100,000 events: ~80 of 136 ms).
 */
class Preparation {
  // Each pass runs its events in one loop, which V8 compiles while it runs (on-stack replacement)
  // before any code after the loop has run: code there has no type feedback, so the compiled loop,
  // reused by every later call, left each call through a deoptimisation. So a pass keeps nothing in
  // locals to store after its loop; it writes what the next call needs in the loop itself.
  readonly n: number;
  private readonly events: readonly TimelineEvent[];
  private readonly lanes: Lane[];
  private readonly laneIndex: Map<Id, number>;
  private readonly ownOthers: number | undefined;
  private readonly othersIndex: number;
  private readonly actorLane = new Map<Id, number>();
  private readonly span = new Float64Array(2);
  /** Each distinct date read once (and a page's many copies of a date string shrunk to one: see `DateSpanCache`). */
  private readonly dates = new DateSpanCache();
  /** Per participant of the event being read: its lane (-1 when none) and role (`ACTOR`, a `TIE_CODE`, or `OTHER_ROLE`). */
  private partLane = new Int32Array(8);
  private partRole = new Int8Array(8);

  // Per event, in dataset order (the arrays of n events are made by `allocate`).
  private starts!: Float64Array;
  private ends!: Float64Array;
  private precision!: Uint8Array;
  private flags!: Uint8Array;
  private eventLaneOffsets!: Int32Array;
  /** Lanes of the events, grown as needed (each event has at most one lane per participant, or the context row). */
  private laneList!: Int32Array;
  private tieOffsets!: Int32Array;
  private tieFrom = new Int32Array(64);
  private tieTo = new Int32Array(64);
  private tieKind = new Uint8Array(64);
  private tieCount = 0;
  private readonly ids: Id[] = [];
  private readonly eventTypes = new Set<EventType>();
  /** The earliest start, latest start, and latest end + 1 of the events read so far (`BOUND_*`). */
  private readonly bounds = Float64Array.of(Infinity, -Infinity, -Infinity);
  /** Events per lane index (the context row's too, whose count tells whether it is needed). */
  private laneCounts: Int32Array;

  // The sort by start: each event's rank (its start day from `firstDay`, or among the distinct start days).
  private startRank!: Int32Array;
  private firstDay = 0;
  private distinctDays: Int32Array | null = null;
  /** Per rank, events starting before it (then: where the next event of the rank goes). */
  private next = new Int32Array(0);

  // In start order.
  private order!: Int32Array;
  private orderStarts!: Float64Array;
  private orderEnds!: Float64Array;
  private orderMaxEnds!: Float64Array;
  private orderInLane!: Uint8Array;
  private orderKinds!: Uint8Array;
  private orderIds: Id[] = [];

  // Per lane.
  private prepared: PreparedLane[] = [];
  private laneFill = new Int32Array(0);
  private laneMax = new Float64Array(0);

  constructor(readonly dataset: Dataset) {
    this.lanes = [...dataset.lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.laneIndex = new Map(this.lanes.map((lane, i) => [lane.id, i]));
    // Events with no participant in a lane go to the context row: the dataset's own 'others' lane, or one added after the others.
    this.ownOthers = this.laneIndex.get(OTHERS_LANE_ID);
    this.othersIndex = this.ownOthers ?? this.lanes.length;
    // Lane index of each actor (through partOf), looked up once per actor rather than per participant.
    for (const [actor, lane] of laneOfActor(dataset)) {
      const l = lane === undefined ? undefined : this.laneIndex.get(lane);
      if (l !== undefined) this.actorLane.set(actor, l);
    }
    this.n = dataset.events.length;
    this.events = dataset.events;
    this.laneCounts = new Int32Array(this.lanes.length + 1);
    // No events (as the kept shape): the arrays at once (their fields are part of the shape, added in
    // the same order as a preparation of events adds them later, so that both end with one shape).
    if (!this.n) for (const _ of this.allocate());
  }

  /**
   * The arrays of n events, one a step. V8 collects the young generation when the typed arrays
   * allocated since its last collection reach ~32 MB (external memory pressure): all at once
   * (66 MB at a million events) made two collections in one step, so in one task (35-60 ms); so
   * did four steps of ~16 MB. One a step, each falls in a step of its own, after which a sliced
   * driver past its budget gives the thread back.
   */
  *allocate(): Generator<0, void> {
    const n = this.n;
    this.starts = new Float64Array(n);
    yield 0;
    this.ends = new Float64Array(n);
    yield 0;
    this.precision = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.eventLaneOffsets = new Int32Array(n + 1);
    yield 0;
    this.laneList = new Int32Array(n + (n >> 1) + 16);
    yield 0;
    this.tieOffsets = new Int32Array(n + 1);
    yield 0;
    this.startRank = new Int32Array(n);
    yield 0;
    this.order = new Int32Array(n);
    yield* touch(this.order);
    this.orderStarts = new Float64Array(n);
    yield* touch(this.orderStarts);
    this.orderEnds = new Float64Array(n);
    yield* touch(this.orderEnds);
    this.orderMaxEnds = new Float64Array(n);
    yield 0;
    this.orderInLane = new Uint8Array(n);
    yield* touch(this.orderInLane);
    this.orderKinds = new Uint8Array(n);
    yield* touch(this.orderKinds);
  }

  /** Pass 1, in dataset order: dates, flags, lanes and ties of events [from, to). */
  readEvents(from: number, to: number): void {
    const { events, starts, ends, precision, flags, eventLaneOffsets, tieOffsets, actorLane, span, dates, ids, laneCounts, bounds, othersIndex } = this;
    let laneList = this.laneList;
    let laneCount = eventLaneOffsets[from]!;
    let min = bounds[BOUND_MIN]!;
    let maxStart = bounds[BOUND_MAX_START]!;
    let max = bounds[BOUND_MAX]!;
    // Set once more per call (not kept from the last call): an add of a type already there does nothing.
    let lastType = '';
    this.reserveTies(this.tieCount + to - from);
    for (let i = from; i < to; i++) {
      const event = events[i]!;
      const when = event.when;
      ids.push(event.id);
      // A set operation only when the type changes (runs of one type are common).
      const type = event.type;
      if (type !== lastType) this.eventTypes.add((lastType = type));
      const startBits = dates.read(when.start, span);
      const start = span[0]!;
      let latest = span[1]!;
      let bits = startBits;
      if (when.end !== undefined) {
        const endBits = dates.read(when.end, span);
        if (span[1]! > latest) latest = span[1]!;
        bits |= endBits & (SPAN_APPROXIMATE | SPAN_UNCERTAIN);
        const p = endBits & 3;
        if (p > (bits & 3)) bits = (bits & ~3) | p;
      }
      starts[i] = start;
      ends[i] = latest;
      precision[i] = bits & 3;
      flags[i] = (when.end !== undefined ? EVENT_FLAG.RANGE : 0)
        | ((bits & SPAN_APPROXIMATE) !== 0 ? EVENT_FLAG.APPROXIMATE : 0)
        | ((bits & SPAN_UNCERTAIN) !== 0 ? EVENT_FLAG.UNCERTAIN : 0)
        | (event.background === true ? EVENT_FLAG.BACKGROUND : 0);
      if (start < min) min = start;
      if (start > maxStart) maxStart = start;
      if (latest + 1 > max) max = latest + 1;
      bounds[BOUND_MIN] = min;
      bounds[BOUND_MAX_START] = maxStart;
      bounds[BOUND_MAX] = max;

      // Lanes as `lanesOfEvent` gives them (actors' lanes first), without an array per event.
      const participants = event.participants;
      const first = laneCount;
      if (laneCount + participants.length + 1 > laneList.length) {
        const grown = new Int32Array(Math.max(2 * laneList.length, laneCount + participants.length + 1));
        grown.set(laneList.subarray(0, laneCount));
        this.laneList = laneList = grown;
      }
      // Each participant read once: its lane (-1: none) and role code, for both passes and the ties.
      const count = participants.length;
      if (count > this.partLane.length) {
        this.partLane = new Int32Array(2 * count);
        this.partRole = new Int8Array(2 * count);
      }
      const { partLane, partRole } = this;
      for (let q = 0; q < count; q++) {
        const participant = participants[q]!;
        const role = participant.role;
        partRole[q] = role === 'actor' ? ACTOR : role === 'recipient' ? TIE_CODE.recipient : role === 'target' ? TIE_CODE.target : role === 'object' ? TIE_CODE.object : OTHER_ROLE;
        partLane[q] = actorLane.get(participant.actor) ?? -1;
      }
      for (let pass = 0; pass < 2; pass++) {
        for (let q = 0; q < count; q++) {
          const l = partLane[q]!;
          if (l < 0 || (partRole[q] === ACTOR) !== (pass === 0)) continue;
          let seen = false;
          for (let o = first; o < laneCount; o++) seen ||= laneList[o] === l;
          if (!seen) {
            laneList[laneCount++] = l;
            laneCounts[l]!++;
          }
        }
      }
      // No lane: the context row (without a branch, which a compiled loop may not have seen yet).
      const none = laneCount === first ? 1 : 0;
      laneList[laneCount] = othersIndex;
      laneCounts[othersIndex]! += none;
      laneCount += none;
      eventLaneOffsets[i + 1] = laneCount;
      if (laneCount - first > 1) this.addTies(count);
      tieOffsets[i + 1] = this.tieCount;
    }
  }

  /** The ties' arrays with room for `size` ties at least. */
  private reserveTies(size: number): void {
    if (size <= this.tieFrom.length) return;
    const length = Math.max(size, 2 * this.tieFrom.length);
    this.tieFrom = grow(this.tieFrom, new Int32Array(length));
    this.tieTo = grow(this.tieTo, new Int32Array(length));
    this.tieKind = grow(this.tieKind, new Uint8Array(length));
  }

  /**
   * Ties of one event: every (actor's lane → recipient's/target's/object's lane) pair between two
   * different lanes, once, of the kind of the strongest role between them (against, then to, then about).
   */
  private addTies(count: number): void {
    const { partLane, partRole } = this;
    const pairStart = this.tieCount;
    for (let a = 0; a < count; a++) {
      const from = partLane[a]!;
      if (partRole[a] !== ACTOR || from < 0) continue;
      for (let b = 0; b < count; b++) {
        const kind = partRole[b]!;
        const to = partLane[b]!;
        if (kind < 0 || kind === OTHER_ROLE || to < 0 || to === from) continue;
        let seen = -1;
        for (let t = pairStart; t < this.tieCount; t++) if (this.tieFrom[t] === from && this.tieTo[t] === to) seen = t;
        if (seen >= 0) {
          if (TIE_PRIORITY[kind]! > TIE_PRIORITY[this.tieKind[seen]!]!) this.tieKind[seen] = kind;
          continue;
        }
        this.reserveTies(this.tieCount + 1);
        this.tieFrom[this.tieCount] = from;
        this.tieTo[this.tieCount] = to;
        this.tieKind[this.tieCount++] = kind;
      }
    }
  }

  /**
   * Before the sort: the ranks of start days. Starts are whole UTC days; when the days from the
   * first start to the last are not many more than the events, a day's rank is its offset (a
   * counting sort over days); else the distinct days are sorted once (true: that was a long step).
   */
  rankStarts(): boolean {
    const { n, starts } = this;
    if (n === 0) return false;
    // `bounds[BOUND_MIN]` is the earliest start (the extent's start before stances).
    this.firstDay = Math.floor(this.bounds[BOUND_MIN]! / DAY_MS);
    const days = Math.floor(this.bounds[BOUND_MAX_START]! / DAY_MS) - this.firstDay + 1;
    if (days <= 2 * n + 4096) {
      this.next = new Int32Array(days + 1);
      return false;
    }
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = Math.floor(starts[i]! / DAY_MS) - this.firstDay;
    all.sort();
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
    this.distinctDays = all.slice(0, distinct);
    this.next = new Int32Array(distinct + 1);
    return true;
  }

  /** Pass 2: the rank of each start, counted. */
  countStarts(from: number, to: number): void {
    const { starts, startRank, next, distinctDays, firstDay } = this;
    for (let i = from; i < to; i++) {
      const day = Math.floor(starts[i]! / DAY_MS) - firstDay;
      const rank = distinctDays === null ? day : rankIn(distinctDays, day);
      startRank[i] = rank;
      next[rank + 1]!++;
    }
  }

  /**
   * Ids are placed in start order by pass 3: a copy gives an array of the right kind and length
   * (`new Array(n)` of 100,000+ slots gets slow dictionary elements). A step of its own: at a
   * million events the copy (8 MB) is often where a collection falls.
   */
  copyIds(): void {
    const orderIds = this.ids.slice();
    this.orderIds = orderIds;
  }

  sumCounts(): void {
    const next = this.next;
    for (let r = 1; r < next.length; r++) next[r]! += next[r - 1]!;
  }

  /** Pass 3, in dataset order: each event to its place in start order (ties in dataset order), with what the lanes read. */
  placeByStart(from: number, to: number): void {
    const { starts, ends, flags, precision, eventLaneOffsets, startRank, next, order, orderStarts, orderEnds, orderInLane, orderKinds, ids, orderIds } = this;
    for (let i = from; i < to; i++) {
      const r = next[startRank[i]!]!++;
      order[r] = i;
      orderIds[r] = ids[i]!;
      orderStarts[r] = starts[i]!;
      orderEnds[r] = ends[i]!;
      orderInLane[r] = eventLaneOffsets[i + 1]! > eventLaneOffsets[i]! ? 1 : 0;
      orderKinds[r] = flags[i]! | (precision[i]! << 4);
    }
  }

  /**
   * The lanes' arrays, one lane a step (as `allocate`, so that the young collections their size
   * causes fall in steps of their own: all lanes at once are ~38 MB at a million events).
   */
  *allocateLanes(): Generator<0, void> {
    // The context row, when events need it and the dataset has none (the dataset's own is always drawn).
    if (this.ownOthers === undefined && this.laneCounts[this.othersIndex]! > 0) {
      this.lanes.push(OTHERS_LANE);
      this.laneIndex.set(OTHERS_LANE_ID, this.othersIndex);
    }
    const prepared: PreparedLane[] = [];
    for (let l = 0; l < this.lanes.length; l++) {
      const count = this.laneCounts[l]!;
      prepared.push({
        lane: this.lanes[l]!,
        events: new Int32Array(count),
        starts: new Float64Array(count),
        ends: new Float64Array(count),
        maxEnds: new Float64Array(count),
        kinds: new Uint8Array(count),
      });
      if (count > 0) yield 0;
    }
    this.prepared = prepared;
    this.laneFill = new Int32Array(this.lanes.length);
    this.laneMax = new Float64Array(this.lanes.length).fill(-Infinity);
  }

  /** Pass 4, in start order: the running maximum of ends, and each event into its lanes (which come out sorted). */
  fillLanes(from: number, to: number): void {
    const { order, orderStarts, orderEnds, orderMaxEnds, orderKinds, eventLaneOffsets, laneList, prepared, laneFill, laneMax } = this;
    let runningMax = from > 0 ? orderMaxEnds[from - 1]! : -Infinity;
    for (let r = from; r < to; r++) {
      const i = order[r]!;
      const s = orderStarts[r]!;
      const e = orderEnds[r]!;
      if (e > runningMax) runningMax = e;
      orderMaxEnds[r] = runningMax;
      const kind = orderKinds[r]!;
      for (let o = eventLaneOffsets[i]!; o < eventLaneOffsets[i + 1]!; o++) {
        const l = laneList[o]!;
        const lane = prepared[l]!;
        const at = laneFill[l]!++;
        const m = e > laneMax[l]! ? (laneMax[l] = e) : laneMax[l]!;
        lane.events[at] = i;
        lane.starts[at] = s;
        lane.ends[at] = e;
        lane.maxEnds[at] = m;
        lane.kinds[at] = kind;
      }
    }
  }

  /**
   * The lanes of the events and the ties, copied to arrays of their exact length, in steps: at a
   * million events 1.3 million lanes and 300,000 ties, ~8 MB, copied in one step were 40–60 ms of
   * one task (page faults, and the young collection their size calls).
   */
  *trim(): Generator<0, void> {
    const lanes = this.eventLaneOffsets[this.n]!;
    this.laneList = yield* copyInSteps(this.laneList.subarray(0, lanes), new Int32Array(lanes));
    const ties = this.tieCount;
    this.tieFrom = yield* copyInSteps(this.tieFrom.subarray(0, ties), new Int32Array(ties));
    this.tieTo = yield* copyInSteps(this.tieTo.subarray(0, ties), new Int32Array(ties));
    this.tieKind = yield* copyInSteps(this.tieKind.subarray(0, ties), new Uint8Array(ties));
  }

  result(): PreparedTimeline {
    const { dataset, lanes, laneIndex } = this;
    let min = this.bounds[BOUND_MIN]!;
    let max = this.bounds[BOUND_MAX]!;
    // Stance periods per issue and lane; their dates count towards the extent.
    const stanceTracks = new Map<Id, StancePeriod[][]>(dataset.issues.map((issue) => [issue.id, lanes.map(() => [])]));
    for (const period of stancePeriods(dataset, { groupBy: 'lane' })) {
      const l = laneIndex.get(period.lane ?? '');
      const track = stanceTracks.get(period.issue);
      if (l === undefined || track === undefined) continue;
      track[l]!.push(period);
      min = Math.min(min, period.from);
      max = Math.max(max, period.lastEvidence + 1, period.until ?? -Infinity);
    }
    for (const track of stanceTracks.values()) for (const periods of track) periods.sort((a, b) => a.from - b.from);

    return {
      dataset,
      events: this.events,
      starts: this.starts,
      ends: this.ends,
      precision: this.precision,
      flags: this.flags,
      eventTypes: this.eventTypes,
      eventLaneOffsets: this.eventLaneOffsets,
      // Of their exact lengths (after `trim`).
      eventLanes: this.laneList,
      tieOffsets: this.tieOffsets,
      tieFrom: this.tieFrom,
      tieTo: this.tieTo,
      tieKind: this.tieKind,
      lanes: this.prepared,
      // The context row is a lane when the dataset has one or `allocateLanes` added it.
      othersLane: this.othersIndex < lanes.length ? this.othersIndex : -1,
      laneIndex,
      order: this.order,
      orderStarts: this.orderStarts,
      orderMaxEnds: this.orderMaxEnds,
      orderEnds: this.orderEnds,
      orderIds: this.orderIds,
      orderInLane: this.orderInLane,
      extent: min <= max && Number.isFinite(min) ? { start: min, end: max } : { ...EMPTY_EXTENT },
      issues: dataset.issues,
      stanceTracks,
      stanceById: new Map(dataset.stances.map((stance) => [stance.id, stance])),
    };
  }
}

/** `grown` with `array` copied to its start. */
function grow<T extends Int32Array | Uint8Array>(array: T, grown: T): T {
  grown.set(array);
  return grown;
}

/** Position of `day` in the ascending `days` (which holds it). */
function rankIn(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
