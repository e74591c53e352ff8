import type { DateBasis, EventType, Id } from '../model/index.js';
import { cachedDayLabel, cachedEventLabel } from './label-cache.js';
import { clusterLabel } from './mark-labels.js';
import type { PreparedTimeline } from './prepare-timeline.js';
import type { ClusterMark, EventMark, MarkShape } from './types.js';

/**
 * An `EventMark` whose `label` is formatted when first read. A view of 100,000 events lays out
 * ~1,000 marks per zoom step, and only the few that are focused, hovered or given a proxy are ever
 * read by name. A class, not an object literal with a getter: V8 builds those ~25× slower.
 * `toJSON` gives the plain mark, label included (snapshots, `JSON.stringify`); the label is not an
 * own property, so read it rather than spread it.
 */
export class LaidOutMark implements EventMark {
  readonly #prepared: PreparedTimeline;
  readonly #index: number;
  readonly #locale: string;

  constructor(
    prepared: PreparedTimeline, index: number, locale: string,
    readonly key: string, readonly eventId: Id, readonly laneId: Id, readonly shape: MarkShape, readonly type: EventType,
    readonly x: number, readonly x2: number, readonly y: number, readonly row: number,
    readonly start: number, readonly end: number, readonly basis: DateBasis,
    readonly approximate: boolean, readonly uncertain: boolean, readonly background: boolean,
  ) {
    this.#prepared = prepared;
    this.#index = index;
    this.#locale = locale;
  }

  /** The event's title (for the labels on the plot); not part of `toJSON`. */
  get title(): string {
    return this.#prepared.events[this.#index]!.title;
  }

  /** The event's name in the locale, memoised per event across layouts (`cachedEventLabel`). */
  get label(): string {
    return cachedEventLabel(this.#prepared, this.#index, this.#locale);
  }

  toJSON(): EventMark {
    const { key, eventId, laneId, shape, type, x, x2, y, row, start, end, basis, approximate, uncertain, background, label } = this;
    return { key, eventId, laneId, shape, type, x, x2, y, row, start, end, basis, approximate, uncertain, background, label };
  }
}

/** A `ClusterMark` whose `label` is formatted when first read (see `LaidOutMark`). */
export class LaidOutCluster implements ClusterMark {
  readonly #laneLabel: string;
  readonly #locale: string;
  #label: string | undefined = undefined;

  constructor(
    laneLabel: string, locale: string,
    readonly key: string, readonly laneId: Id, readonly x: number, readonly x2: number, readonly y: number, readonly row: number,
    readonly count: number, readonly start: number, readonly end: number, readonly firstEventId: Id, readonly lastEventId: Id,
  ) {
    this.#laneLabel = laneLabel;
    this.#locale = locale;
  }

  /** Formatted once per cluster (a cluster's key, unlike an event's, lasts only a few zoom steps). */
  get label(): string {
    return (this.#label ??= clusterLabel(this.count, this.start, this.end, this.#laneLabel, this.#locale, cachedDayLabel));
  }

  toJSON(): ClusterMark {
    const { key, laneId, x, x2, y, row, count, start, end, firstEventId, lastEventId, label } = this;
    return { key, laneId, x, x2, y, row, count, start, end, firstEventId, lastEventId, label };
  }
}
