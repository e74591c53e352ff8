import {
  DEFAULT_LAYOUT_OPTIONS, eventIndexAt, eventIndicesInOrder, formatWhen, LINEAR_TIME_AXIS, sideOfLane, TIE_KINDS, type TimeAxis, type Actor, type Issue, type SideOfLane, type TieKind, type ClusterMark, type Dataset, type EventMark, type EventType, type LaneBox,
  type PreparedTimeline, type Source, type TimelineEvent, type TimelineLayout, type ViewDomain,
} from '@syria-timeline/core';
import { densityBins } from './overview-density.js';
import { AXIS_HEIGHT } from './templates/render-axis.js';
import type { MarkNames } from './mark-names.js';
import type { ListedEvent } from './templates/render-event-list.js';
import { rangeLabel } from './range-label.js';
import { holderOf } from './holder-of.js';
import { inView } from './in-view.js';
import { eventTypesOf } from './event-types.js';
import { compressedAxisOf } from './compressed-axis.js';

export interface ViewSummary {
  summary: string;
  items: ListedEvent[];
  /** Events in view, listed or not. */
  total: number;
}

/** Marks whose centre is less than this far below the lanes' top get their tooltip underneath, px. */
const TOOLTIP_FLIP_Y = 56;

/**
 * Listed dates kept between summaries, by the date as the data writes it: the events listed
 * together mostly share days (200 of 100,000 events fall on a few), a zoom that pauses where it
 * was before lists the same events again, and a date costs 1–10 µs to format (a range more).
 */
const LISTED_TEXT_CACHE = 4_000;

export interface LaneMarks {
  lane: LaneBox;
  marks: EventMark[];
  clusters: ClusterMark[];
}

/**
 * What the element derives from one dataset (once) and from each layout (once per layout):
 * look-ups by id, the overview density, marks grouped by lane. Plain data, no DOM, so the
 * element's render stays a reading of numbers.
 */
export class TimelineModel {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly issues: ReadonlyMap<string, Issue>;
  /** Event types present, in vocabulary order, for the legend. */
  readonly eventTypes: readonly EventType[];
  /** Kinds of tie present in the data, for the legend. */
  readonly tieKinds: readonly TieKind[];
  private sides = new Map<string, SideOfLane>();
  /** The zoomed-out window (the extent, padded) at `fullWidth`; set by the first layout. */
  fullDomain: ViewDomain | null = null;
  fullWidth = 0;
  /** The time axis `fullDomain` was laid out on. */
  fullAxis: TimeAxis | null = null;
  private compressed: TimeAxis | null = null;
  private eventIndexCache: ReadonlyMap<string, number> | null = null;
  private densityCache: { width: number; bins: Uint32Array } | null = null;
  private indexed: TimelineLayout | null = null;
  private byLane: LaneMarks[] = [];
  private boxes = new Map<string, LaneBox>();
  /** The layout before: where a mark that just left the layout was. */
  private previous: TimelineLayout | null = null;
  /** Formatted dates, by `when.start` or `when.start/when.end` (an EDTF date has no '/'), in `listedLocale`. */
  private listedTexts = new Map<string, string>();
  private listedLocale = '';

  constructor(
    readonly dataset: Dataset,
    readonly prepared: PreparedTimeline,
  ) {
    // No map of the events by id here (see `eventIndex`).
    this.actors = new Map(dataset.actors.map((a) => [a.id, a]));
    this.sources = new Map(dataset.sources.map((s) => [s.id, s]));
    this.eventTypes = eventTypesOf(prepared);
    this.issues = new Map(dataset.issues.map((i) => [i.id, i]));
    // A flag per kind, not a Set of every tie: there are as many ties as events in dense data.
    const kinds = new Uint8Array(TIE_KINDS.length);
    for (let t = 0; t < prepared.tieKind.length; t++) kinds[prepared.tieKind[t]!] = 1;
    this.tieKinds = TIE_KINDS.filter((_, code) => kinds[code] === 1);
  }

  /** The actors, relations and stance history of the side drawn in lane `laneId` (for its card and the export). */
  side(laneId: string): SideOfLane {
    let side = this.sides.get(laneId);
    if (!side) this.sides.set(laneId, (side = sideOfLane(this.dataset, laneId)));
    return side;
  }

  /**
   * Event position by id, built on first use (a selection, the details, `focusEvent`): at 100,000
   * events it takes tens of ms, which the first render does not pay.
   */
  private get eventIndex(): ReadonlyMap<string, number> {
    if (!this.eventIndexCache) {
      const index = new Map<string, number>();
      this.dataset.events.forEach((e, i) => index.set(e.id, i));
      this.eventIndexCache = index;
    }
    return this.eventIndexCache;
  }

  /**
   * Position of event `id`. Given its start (UTC ms, as a mark or a pill holds it), found among the
   * few events starting at that instant in the prepared start order, so that naming the marks of a
   * zoom step or keeping focus near its place never builds the index by id (`eventIndex`).
   */
  private indexOf(id: string, start?: number): number | undefined {
    const at = start === undefined ? undefined : eventIndexAt(this.prepared, id, start);
    if (at !== undefined) return at;
    return this.eventIndex.get(id);
  }

  /** Event `id`; `start` (its start, UTC ms, when known) makes the look-up cheap (see `indexOf`). */
  event(id: string, start?: number): TimelineEvent | undefined {
    const i = this.indexOf(id, start);
    return i === undefined ? undefined : this.dataset.events[i];
  }

  /** UTC ms covered by event `id`; `start` as for `event`. */
  spanOf(id: string, start?: number): ViewDomain | undefined {
    const i = this.indexOf(id, start);
    if (i === undefined) return undefined;
    return { start: this.prepared.starts[i]!, end: this.prepared.ends[i]! + 1 };
  }

  /** Ids of the lanes event `id` is drawn in (none when no participant has a lane). */
  lanesOf(id: string): string[] {
    const i = this.eventIndex.get(id);
    if (i === undefined) return [];
    const p = this.prepared;
    const out: string[] = [];
    for (let k = p.eventLaneOffsets[i]!; k < p.eventLaneOffsets[i + 1]!; k++) out.push(p.lanes[p.eventLanes[k]!]!.lane.id);
    return out;
  }

  setFull(domain: ViewDomain, width: number, axis: TimeAxis): void {
    if (this.fullDomain?.start !== domain.start || this.fullDomain.end !== domain.end) this.densityCache = null;
    this.fullDomain = domain;
    this.fullWidth = width;
    this.fullAxis = axis;
  }

  /**
   * The time axis for the element's `axis` attribute: 'linear', or the data's gap-compressed axis
   * (made on first use; linear when no empty stretch dominates).
   */
  timeAxis(mode: string): TimeAxis {
    if (mode === 'linear') return LINEAR_TIME_AXIS;
    return (this.compressed ??= compressedAxisOf(this.prepared));
  }

  /** Event starts binned for the overview, about one bin per 3 px; cached per width. */
  density(width: number): Uint32Array {
    if (this.densityCache?.width !== width) {
      const extent = this.fullDomain ?? this.prepared.extent;
      this.densityCache = { width, bins: densityBins(this.prepared.starts, extent, Math.max(1, Math.floor(width / 3))) };
    }
    return this.densityCache.bins;
  }

  /** Groups one layout's marks and clusters by lane (once per layout). */
  indexLayout(layout: TimelineLayout): void {
    if (this.indexed === layout) return;
    // Remember where the previous marks were, to keep focus near the same place after a zoom.
    this.previous = this.indexed;
    this.indexed = layout;
    this.boxes = new Map(layout.lanes.map((l) => [l.id, l]));
    const groups = new Map<string, LaneMarks>(layout.lanes.map((lane) => [lane.id, { lane, marks: [], clusters: [] }]));
    for (const m of layout.marks) groups.get(m.laneId)?.marks.push(m);
    for (const c of layout.clusters) groups.get(c.laneId)?.clusters.push(c);
    this.byLane = [...groups.values()];
  }

  get laneBoxes(): ReadonlyMap<string, LaneBox> {
    return this.boxes;
  }

  /** The mark or cluster with `key` in the current layout. */
  item(key: string | null): EventMark | ClusterMark | undefined {
    // A scan rather than a map: a zoom step makes a new layout of ~1,000 items, and only a few
    // keys (focus, hover) are looked up in each.
    return key === null ? undefined : find(this.indexed, key);
  }

  /** The marks of event `id` in the current layout (one per lane it is drawn in). */
  marksOf(id: string | undefined, layout: TimelineLayout): EventMark[] {
    return id === undefined ? [] : layout.marks.filter((m) => m.eventId === id);
  }

  /**
   * Where event `id` is drawn: its marks, and in each of its lanes where it has no mark but lies
   * in the window, the cluster holding it, so that a selection stays visible at any zoom.
   * Tiles take a lane's clustered events in start order, so it is the last cluster of the lane
   * starting no later than the event (and reaching it).
   */
  placesOf(id: string | undefined, layout: TimelineLayout): (EventMark | ClusterMark)[] {
    const marks = this.marksOf(id, layout);
    const span = id === undefined ? undefined : this.spanOf(id);
    const inView = span && span.end > layout.domain.start && span.start <= layout.domain.end;
    if (id === undefined || !span || !inView) return marks;
    const out: (EventMark | ClusterMark)[] = [...marks];
    for (const lane of this.lanesOf(id)) {
      if (marks.some((m) => m.laneId === lane)) continue;
      let holder: ClusterMark | undefined;
      for (const c of layout.clusters) {
        if (c.laneId === lane && c.start <= span.start && (!holder || c.start >= holder.start)) holder = c;
      }
      if (holder && holder.end >= span.start) out.push(holder);
    }
    return out;
  }

  /** The marks and clusters of the lane at `y` (px from the lanes' top) in the current layout. */
  laneItemsAt(y: number): LaneMarks | null {
    for (const l of this.byLane) if (y >= l.lane.y && y < l.lane.y + l.lane.height) return l;
    return null;
  }

  hasKey(key: string): boolean {
    return find(this.indexed, key) !== undefined;
  }

  lanesWithMarks(layout: TimelineLayout): readonly LaneMarks[] {
    this.indexLayout(layout);
    return this.byLane;
  }

  /** Time at the centre of a mark or cluster (for zooming around the focused mark). */
  timeOfKey(key: string): number | undefined {
    const m = this.item(key);
    return m ? (m.start + m.end) / 2 : undefined;
  }

  /**
   * Where the roving tab stop goes when its mark left the layout (or the window): the pill now
   * holding the same event (a pill that split: the mark of its first event), else the mark or pill
   * nearest in x to where it was, in the same lane if possible, among those in view; else the
   * first one drawn. Null when nothing is drawn (the plot itself then holds the tab stop).
   */
  nearestKey(previous: string | null): string | null {
    const layout = this.indexed;
    if (!layout) return null;
    const size = DEFAULT_LAYOUT_OPTIONS.markSize;
    // The marks, then the pills, each read in place (this runs on most zoom steps: no arrays of ~1,000 items are made).
    const each = (visit: (m: EventMark | ClusterMark) => boolean | void): void => {
      for (const m of layout.marks) if (visit(m) === true) return;
      for (const c of layout.clusters) if (visit(c) === true) return;
    };
    if (layout.marks.length + layout.clusters.length === 0) return null;
    // Those in view, or every one drawn when none is. Below, whether one is (`eligible`: a mark's box) is asked
    // last, only of a mark nearer than the best so far, not of every mark.
    let anyShown = false;
    each((m) => (anyShown = inView(layout, m, size)));
    const eligible = (m: EventMark | ClusterMark) => !anyShown || inView(layout, m, size);
    const place = previous === null ? undefined : find(this.previous, previous);
    if (previous !== null) {
      const at = previous.lastIndexOf('@');
      const same = place && 'firstEventId' in place ? { id: place.firstEventId, lane: place.laneId }
        : at > 0 && !previous.startsWith('cluster:') ? { id: previous.slice(0, at), lane: previous.slice(at + 1) } : null;
      // A mark or pill of the previous layout starts where its (first) event starts.
      const span = same ? this.spanOf(same.id, place?.start) : undefined;
      const holder = same && span ? holderOf(layout, same.id, same.lane, span.start) : undefined;
      if (holder && anyShown && inView(layout, holder, size)) return holder.key;
    }
    let best: EventMark | ClusterMark | undefined;
    if (place === undefined) {
      // The leftmost (the first drawn of equals).
      each((m) => {
        if ((best === undefined || m.x < best.x) && eligible(m)) best = m;
      });
      return best!.key;
    }
    const { x, laneId } = place;
    // The nearest in x (the first drawn of equals), in the same lane if one there is eligible.
    let inLane = false;
    each((m) => (inLane = m.laneId === laneId && eligible(m)));
    each((m) => {
      if ((!inLane || m.laneId === laneId) && (best === undefined || Math.abs(m.x - x) < Math.abs(best.x - x)) && eligible(m)) best = m;
    });
    return best!.key;
  }

  /** The language of the data's text (the dataset's `lang`), for the `lang` attribute of data shown in the interface. */
  get lang(): string | undefined {
    return this.dataset.lang;
  }

  /**
   * The tooltip of a mark or cluster: text and anchor (px in the plot). The text is the mark's name
   * in the interface language (`names`: a pill's without its keyboard hint).
   */
  tooltipFor(
    key: string | null, layout: TimelineLayout, names: Pick<MarkNames, 'mark' | 'pillList'>,
  ): { text: string; x: number; y: number; below: boolean } | null {
    if (key === null) return null;
    this.indexLayout(layout);
    const m = this.item(key);
    if (!m) return null;
    // Bars and pills: the middle of the part in view (a long range may start far left of the plot).
    const cx = 'eventId' in m && (m.shape === 'point' || m.shape === 'hollow')
      ? m.x
      : (Math.max(m.x, 0) + Math.min(m.x2, layout.width)) / 2;
    // Near the top a tip above the mark would cover the axis and the toolbar: hang it below.
    const below = m.y < TOOLTIP_FLIP_Y;
    return { text: 'eventId' in m ? names.mark(m) : names.pillList(m), x: cx, y: AXIS_HEIGHT + m.y + (below ? 8 : -8), below };
  }

  /**
   * For screen readers: 'Showing 12 events, Jan 2012 – Mar 2012' for `window`, and the first
   * `limit` events in view as date and title.
   */
  summarize(
    layout: TimelineLayout, window: ViewDomain, limit: number, locale: string,
    showing: (count: number, range: string) => string,
  ): ViewSummary {
    // Counted and listed only as far as shown: at the full view of 1,000,000 events, listing every id took ~10 ms.
    const total = layout.countVisibleEvents();
    const ids = layout.firstVisibleEventIds(limit);
    const found = eventIndicesInOrder(this.prepared, ids, layout.domain.start);
    if (locale !== this.listedLocale || this.listedTexts.size > LISTED_TEXT_CACHE) {
      this.listedTexts.clear();
      this.listedLocale = locale;
    }
    const texts = this.listedTexts;
    const items = ids.flatMap((id, k) => {
      const i = found?.[k];
      const e = i === undefined ? this.event(id) : this.dataset.events[i];
      if (!e) return [];
      const key = e.when.end === undefined ? e.when.start : `${e.when.start}/${e.when.end}`;
      let date = texts.get(key);
      if (date === undefined) texts.set(key, (date = formatWhen(e.when, { locale })));
      return [{ id, date, title: e.title }];
    });
    const range = rangeLabel(window, layout.level, locale);
    return { summary: showing(total, range), items, total };
  }
}

function find(layout: TimelineLayout | null, key: string): EventMark | ClusterMark | undefined {
  if (!layout) return undefined;
  return key.startsWith('cluster:') ? layout.clusters.find((c) => c.key === key) : layout.marks.find((m) => m.key === key);
}

