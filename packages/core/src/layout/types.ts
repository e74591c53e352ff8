/**
 * The contract between the pure layout (core) and the thin rendering (elements).
 * Layout writes numbers; the renderer only reads them. All x values are px from the left of
 * the plot area (0 … width); all y values px from the top of the lanes area. Times are UTC ms.
 */
import type { DateBasis, EventType, Id, Position } from '../model/index.js';
import type { LabelWords } from './label-words.js';
import type { TimeAxis } from './time-axis.js';

/** Level of detail, from the zoom: what the axis labels and what a partial date looks like. */
export type DetailLevel = 'year' | 'month' | 'day';

/** The visible time window, UTC ms. */
export interface ViewDomain {
  start: number;
  end: number;
}

/** Options of `layoutTimeline`; every default is in `DEFAULT_LAYOUT_OPTIONS`. */
export interface LayoutOptions {
  /** Width of the plot area in px (lane labels excluded). Required. */
  width: number;
  /** Visible window. Default: the whole extent of the data, padded (in axis units, see `axis`). */
  domain?: ViewDomain;
  /**
   * The time axis the view is laid out on: `LINEAR_TIME_AXIS` (the default), or a gap-compressed one
   * from `compressTimeAxis(prepared)`, on which long empty stretches are folded into labelled
   * breaks. `domain` stays in UTC ms; x is linear in the axis' units.
   */
  axis?: TimeAxis;
  /** Lane ids to show, in order. Default: every lane by its `order`. Unknown ids are ignored. */
  lanes?: readonly Id[];
  /** Issue whose stance bands are laid out; `null` for none. Default: the first issue. */
  issue?: Id | null;
  /** Height of one row of marks, px. Default 22. */
  rowHeight?: number;
  /**
   * Rows of individual marks per lane. Where more marks than this would overlap, those that do not
   * fit (the ones ending last, typically long ranges) go into clusters, drawn in one extra row
   * below the mark rows (row index `maxRows`). The lane height is therefore
   * `headerHeight + (maxRows + 1) * rowHeight + stanceHeight`. Default 3.
   */
  maxRows?: number;
  /** Height of the stance band at the bottom of each lane, px (0 hides it). Default 10. */
  stanceHeight?: number;
  /**
   * Height of a strip at the top of each lane kept free of marks, px: room for a lane label drawn
   * over the plot (the narrow layout), so that the label never hides a mark. Default 0.
   */
  headerHeight?: number;
  /**
   * Two point marks whose centres are closer than this (px) never share a row: in a row, the
   * footprints of neighbouring marks are at least `minGapPx - markSize` px apart (at least 0). Where
   * more than `maxRows` marks are that close, the surplus becomes a cluster. Default 14.
   */
  minGapPx?: number;
  /** Diameter of a point glyph, px. Default 12. */
  markSize?: number;
  /** A month- or year-precision event narrower than this (px) is drawn hollow, not as a span. Default 8. */
  minSpanPx?: number;
  /** Extra px on each side of the window in which marks are still laid out (smooth panning). Default 0. */
  marginPx?: number;
  /**
   * Width in px of the tiles that a dense run of clustered events is cut into. The tiles are
   * anchored to time (not to the window), so panning does not reshuffle the counts. Default 40.
   */
  clusterWidthPx?: number;
  /**
   * BCP 47 language tag of the tick labels and of the dates in accessible names ('ru', 'fr-CH',
   * 'de'; any locale the runtime's Intl knows, formatted in UTC). Default 'en-GB' ('4 Feb 2012').
   */
  locale?: string;
  /** The words of the accessible names (default English: `ENGLISH_LABEL_WORDS`). */
  words?: LabelWords;
}

export interface LaneBox {
  id: Id;
  label: string;
  color: string;
  /** Position in the shown order, 0-based. */
  index: number;
  y: number;
  height: number;
  /** y of the stance band's top edge inside this lane. */
  stanceY: number;
  /** Set on the context row (`OTHERS_LANE_ID`): the events with no participant in a lane. */
  context?: true;
}

export interface Tick {
  key: string;
  /** UTC ms. */
  time: number;
  x: number;
  /** Localised label, e.g. '2012', 'Feb', '7 Feb'. */
  label: string;
  /** True for the coarser unit boundaries (years when showing months, …). */
  major: boolean;
  /** The first tick of the axis or of a busy period of a folded axis: its label names the year. */
  lead?: boolean;
  /** A shorter label for when `label` does not fit: the year alone for a month-and-year label ('2015'). */
  short?: string;
}

/** A folded stretch of a gap-compressed axis, as drawn: '⋯ 18 months ⋯' between x and x2. */
export interface AxisBreak {
  key: string;
  /** UTC ms of the folded stretch (nothing happens in it). */
  start: number;
  end: number;
  x: number;
  x2: number;
  /** Localised: '⋯ 18 months ⋯'. */
  label: string;
}

/**
 * - `point`: day precision, a glyph at `x`;
 * - `range`: an explicit start–end, a bar from `x` to `x2`;
 * - `span`: a month- or year-precision date drawn over the interval it covers;
 * - `hollow`: such a partial date too narrow at this zoom to draw as a span.
 */
export type MarkShape = 'point' | 'range' | 'span' | 'hollow';

export interface EventMark {
  /** `${eventId}@${laneId}`: an event touching two lanes has one mark in each. */
  key: string;
  eventId: Id;
  laneId: Id;
  shape: MarkShape;
  type: EventType;
  /** Centre for points and hollow marks; left edge for ranges and spans. */
  x: number;
  /** Right edge (equals x for points). */
  x2: number;
  /** Centre line of the mark's row. */
  y: number;
  row: number;
  /** UTC ms, start and end of the date's interval. */
  start: number;
  end: number;
  basis: DateBasis;
  approximate: boolean;
  uncertain: boolean;
  background: boolean;
  /** Plain-text accessible name: title, date (and how determined), lanes. */
  label: string;
  /** The event's title, as the dataset gives it (set on the marks `layoutTimeline` returns). */
  readonly title?: string;
}

export interface ClusterMark {
  /** Made from the ids of the first and last events and the lane, never from labels. */
  key: string;
  laneId: Id;
  x: number;
  x2: number;
  y: number;
  row: number;
  count: number;
  /** UTC ms covered by the clustered events; zooming to it expands the cluster. */
  start: number;
  end: number;
  firstEventId: Id;
  lastEventId: Id;
  /** Plain-text accessible name: '12 events, Feb 2012 – Mar 2012, Russia'. */
  label: string;
}

/** What the lane at a tie's arrow end is to the act: its recipient, its target, or a party it is about. */
export type TieKind = 'to' | 'against' | 'about';

/** An event joining two lanes: drawn from its mark in one lane to its mark in the other. */
export interface TieMark {
  key: string;
  eventId: Id;
  /** The lane of the acting participant, and of the recipient/target/object. */
  fromLane: Id;
  toLane: Id;
  kind: TieKind;
  x: number;
  y1: number;
  y2: number;
}

export interface StanceSegment {
  key: string;
  laneId: Id;
  position: Position;
  condition?: string;
  x: number;
  x2: number;
  /**
   * False for the stretch between the first and the last observation of the period; true for the
   * stretch after the last one, where the position is carried forward unobserved (drawn weaker): it
   * ends at the next observation of that lane and issue, or at the date of the last observation's
   * source (the latest an article can speak for), whichever comes first.
   */
  carried: boolean;
  /** Ids of the stance observations behind this segment. */
  stanceIds: Id[];
  /** Plain-text accessible name: 'Russia opposes: Assad should step down, from 4 Feb 2012'. */
  label: string;
}

/** One stance observation: a point on its lane's band, at the start of its date. */
export interface StanceObservation {
  key: string;
  laneId: Id;
  stanceId: Id;
  position: Position;
  condition?: string;
  x: number;
  /** Plain-text accessible name: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)'. */
  label: string;
}

export interface StanceChange {
  key: string;
  laneId: Id;
  x: number;
  from: Position | null;
  to: Position;
  stanceId: Id;
}

export interface TimelineLayout {
  width: number;
  /** Total height of the lanes area. */
  height: number;
  domain: ViewDomain;
  /** The data's full extent (for the overview strip and zoom limits). */
  extent: ViewDomain;
  level: DetailLevel;
  lanes: LaneBox[];
  ticks: Tick[];
  /** The folds of a gap-compressed axis in view (none on a linear axis). */
  breaks: AxisBreak[];
  marks: EventMark[];
  clusters: ClusterMark[];
  ties: TieMark[];
  stances: StanceSegment[];
  stanceChanges: StanceChange[];
  /** The stance observations in the window, in lane order then time. */
  stanceObservations: StanceObservation[];
  /**
   * Ids of the events in the window, in time order (for the screen-reader list). Listed on first
   * read, not by `layoutTimeline` itself: a zoom frame that does not read it does not pay for it.
   */
  readonly visibleEventIds: Id[];
  /** How many ids `visibleEventIds` lists, counted without listing them (a few binary searches when every lane is shown). */
  countVisibleEvents(): number;
  /** The first `limit` ids of `visibleEventIds`, without listing the others. */
  firstVisibleEventIds(limit: number): Id[];
}
