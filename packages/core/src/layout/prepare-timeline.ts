import { parseEdtf } from '../dates/index.js';
import type { Dataset, Id, Issue, Lane, Stance, TimeSpan, TimelineEvent } from '../model/index.js';
import { laneOfActor, OTHERS_LANE_ID, stancePeriods, type StancePeriod } from '../query/index.js';
import type { ViewDomain } from './types.js';

/** Bits of `PreparedTimeline.flags`. */
export const EVENT_FLAG = Object.freeze({ RANGE: 1, APPROXIMATE: 2, UNCERTAIN: 4, BACKGROUND: 8 });
/** The synthetic lane's label and colour (the element shows a translated label). */
export const OTHERS_LANE: Readonly<Lane> = Object.freeze({ id: OTHERS_LANE_ID, label: 'Others', order: Infinity, color: '#6b7280' });

/**
 * Kinds of tie, by the role of the participant at the arrow's end: a recipient (`to`), a target
 * (`against`), a party the act is about (`about`). Values of `PreparedTimeline.tieKind`.
 */
export const TIE_KINDS = Object.freeze(['to', 'against', 'about'] as const);
/** Tie kind code of each non-actor role; a pair of lanes joined by several roles keeps the first in `TIE_PRIORITY`. */
const TIE_CODE: Readonly<Record<string, number>> = { recipient: 0, target: 1, object: 2 };
/** Higher wins: against (1) over to (0) over about (2). */
const TIE_PRIORITY = [1, 2, 0] as const;

/** Values of `PreparedTimeline.precision`. */
export const PRECISION_CODE = Object.freeze({ day: 0, month: 1, year: 2 });

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

const RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * The view-independent part of the layout, computed once per dataset: lanes in order, each lane's
 * events (an event with participants in two lanes is in both; one with none in the context row,
 * `OTHERS_LANE_ID`) sorted by start in typed arrays,
 * every date parsed once, the data's extent, tie pairs, and stance periods per lane and issue.
 * Never changes `dataset`. Expects a valid dataset (see `parseDataset`).
 * @throws EdtfError when a date is not of the profile.
 */
export function prepareTimeline(dataset: Dataset): PreparedTimeline {
  const lanes = [...dataset.lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  // Events with no participant in a lane go to the context row: the dataset's own 'others' lane, or one added after the others.
  const ownOthers = laneIndex.get(OTHERS_LANE_ID);
  const othersIndex = ownOthers ?? lanes.length;
  let othersUsed = ownOthers !== undefined;
  const actorLanes = laneOfActor(dataset);
  const events = dataset.events;
  const n = events.length;

  // Real data repeats dates a lot (synthetic 100k events use ~1,800 days): parse each string once.
  const parsed = new Map<string, number>();
  const spans: TimeSpan[] = [];
  const parse = (edtf: string): number => {
    let at = parsed.get(edtf);
    if (at === undefined) {
      parsed.set(edtf, (at = spans.length));
      spans.push(parseEdtf(edtf));
    }
    return at;
  };
  // Lane index of each actor (through partOf), looked up once per actor rather than per participant.
  const actorLane = new Map<Id, number>();
  for (const [actor, lane] of actorLanes) {
    const l = lane === undefined ? undefined : laneIndex.get(lane);
    if (l !== undefined) actorLane.set(actor, l);
  }

  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const startSpan = new Int32Array(n);
  const precision = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const eventLaneOffsets = new Int32Array(n + 1);
  // Each event has at most one lane per participant: one buffer of that size, not a growing array.
  let participantCount = 0;
  for (let i = 0; i < n; i++) participantCount += events[i]!.participants.length;
  const laneList = new Int32Array(participantCount);
  let laneCount = 0;
  const tieOffsets = new Int32Array(n + 1);
  const tieFrom: number[] = [];
  const tieTo: number[] = [];
  const tieKind: number[] = [];
  let min = Infinity;
  let max = -Infinity;

  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    const si = parse(event.when.start);
    const s = spans[si]!;
    const e = event.when.end === undefined ? s : spans[parse(event.when.end)]!;
    startSpan[i] = si;
    starts[i] = s.earliest;
    ends[i] = Math.max(s.latest, e.latest);
    precision[i] = Math.max(RANK[s.precision], RANK[e.precision]);
    flags[i] = (event.when.end !== undefined ? EVENT_FLAG.RANGE : 0)
      | (s.approximate || e.approximate ? EVENT_FLAG.APPROXIMATE : 0)
      | (s.uncertain || e.uncertain ? EVENT_FLAG.UNCERTAIN : 0)
      | (event.background === true ? EVENT_FLAG.BACKGROUND : 0);
    if (starts[i]! < min) min = starts[i]!;
    if (ends[i]! + 1 > max) max = ends[i]! + 1;

    // Lanes as `lanesOfEvent` gives them (actors' lanes first), without an array per event.
    const participants = event.participants;
    const first = laneCount;
    for (let pass = 0; pass < 2; pass++) {
      for (let q = 0; q < participants.length; q++) {
        const participant = participants[q]!;
        if ((participant.role === 'actor') !== (pass === 0)) continue;
        const l = actorLane.get(participant.actor);
        if (l === undefined) continue;
        let seen = false;
        for (let o = first; o < laneCount; o++) seen ||= laneList[o] === l;
        if (!seen) laneList[laneCount++] = l;
      }
    }
    // Every participant has at least one slot in the buffer, so the context row always fits.
    if (laneCount === first) {
      laneList[laneCount++] = othersIndex;
      othersUsed = true;
    }
    eventLaneOffsets[i + 1] = laneCount;

    // Ties: every (actor's lane → recipient's/target's/object's lane) pair between two different lanes,
    // once, of the kind of the strongest role between them (against, then to, then about).
    if (laneCount - first > 1) {
      const pairStart = tieFrom.length;
      for (const a of participants) {
        if (a.role !== 'actor') continue;
        const from = actorLane.get(a.actor);
        if (from === undefined) continue;
        for (const b of participants) {
          const kind = TIE_CODE[b.role];
          if (kind === undefined) continue;
          const to = actorLane.get(b.actor);
          if (to === undefined || to === from) continue;
          let seen = -1;
          for (let t = pairStart; t < tieFrom.length; t++) if (tieFrom[t] === from && tieTo[t] === to) seen = t;
          if (seen < 0) {
            tieFrom.push(from);
            tieTo.push(to);
            tieKind.push(kind);
          } else if (TIE_PRIORITY[kind]! > TIE_PRIORITY[tieKind[seen]!]!) tieKind[seen] = kind;
        }
      }
    }
    tieOffsets[i + 1] = tieFrom.length;
  }
  if (othersUsed && ownOthers === undefined) {
    lanes.push(OTHERS_LANE);
    laneIndex.set(OTHERS_LANE_ID, othersIndex);
  }
  const eventLanes = laneList.slice(0, laneCount);
  // Read in dataset order (sequential) and copied in start order below: reading `events[i].id` there
  // instead jumps between event objects and was the slowest line of this function.
  const ids = events.map((event) => event.id);
  const order = sortByStart(n, startSpan, spans);

  const orderStarts = new Float64Array(n);
  const orderEnds = new Float64Array(n);
  const orderMaxEnds = new Float64Array(n);
  // Pushed, not `new Array(n)`: V8 gives a preallocated array of 100,000+ slots slow dictionary elements.
  const orderIds: Id[] = [];
  const orderInLane = new Uint8Array(n);
  const laneCounts = new Int32Array(lanes.length);
  let runningMax = -Infinity;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    orderStarts[r] = starts[i]!;
    orderEnds[r] = ends[i]!;
    runningMax = Math.max(runningMax, ends[i]!);
    orderMaxEnds[r] = runningMax;
    orderIds.push(ids[i]!);
    orderInLane[r] = eventLaneOffsets[i + 1]! > eventLaneOffsets[i]! ? 1 : 0;
    for (let o = eventLaneOffsets[i]!; o < eventLaneOffsets[i + 1]!; o++) laneCounts[eventLanes[o]!]!++;
  }
  // Lanes are filled in start order, so they come out sorted without sorting again.
  const prepared: PreparedLane[] = lanes.map((lane, l) => ({
    lane,
    events: new Int32Array(laneCounts[l]!),
    starts: new Float64Array(laneCounts[l]!),
    ends: new Float64Array(laneCounts[l]!),
    maxEnds: new Float64Array(laneCounts[l]!),
    kinds: new Uint8Array(laneCounts[l]!),
  }));
  const fill = new Int32Array(lanes.length);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    for (let o = eventLaneOffsets[i]!; o < eventLaneOffsets[i + 1]!; o++) {
      const l = eventLanes[o]!;
      const lane = prepared[l]!;
      const at = fill[l]!++;
      lane.events[at] = i;
      lane.starts[at] = starts[i]!;
      lane.ends[at] = ends[i]!;
      lane.maxEnds[at] = Math.max(at > 0 ? lane.maxEnds[at - 1]! : -Infinity, ends[i]!);
      lane.kinds[at] = flags[i]! | (precision[i]! << 4);
    }
  }

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
    events,
    starts,
    ends,
    precision,
    flags,
    eventLaneOffsets,
    eventLanes,
    tieOffsets,
    tieFrom: Int32Array.from(tieFrom),
    tieTo: Int32Array.from(tieTo),
    tieKind: Uint8Array.from(tieKind),
    lanes: prepared,
    othersLane: othersUsed ? othersIndex : -1,
    laneIndex,
    order,
    orderStarts,
    orderMaxEnds,
    orderEnds,
    orderIds,
    orderInLane,
    extent: min <= max && Number.isFinite(min) ? { start: min, end: max } : { ...EMPTY_EXTENT },
    issues: dataset.issues,
    stanceTracks,
    stanceById: new Map(dataset.stances.map((stance) => [stance.id, stance])),
  };
}

/**
 * Event indices sorted by start, ties in dataset order. Rather than a comparator sort (slow at
 * 100,000), a counting sort: events share few distinct start dates (each parsed date is ranked
 * once), so counting per rank and placing events in dataset order is linear and stable.
 */
function sortByStart(n: number, startSpan: Int32Array, spans: readonly TimeSpan[]): Int32Array {
  const distinct = [...new Set(spans.map((span) => span.earliest))].sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((t, r) => [t, r]));
  const spanRank = Int32Array.from(spans, (span) => rankOf.get(span.earliest)!);
  // next[r]: where the next event of rank r goes (counts, then running totals).
  const next = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) next[spanRank[startSpan[i]!]! + 1]!++;
  for (let r = 1; r < next.length; r++) next[r]! += next[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[spanRank[startSpan[i]!]!]!++] = i;
  return order;
}
