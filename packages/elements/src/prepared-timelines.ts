import { prepareTimeline, type Dataset, type PreparedTimeline } from '@syria-timeline/core';

/** Timelines prepared off the main thread (by the dataset worker), by their dataset. */
const prepared = new WeakMap<Dataset, PreparedTimeline>();

/**
 * core's `prepareTimeline(dataset)`: the one the dataset worker prepared with it, when a `src`
 * load brought one along (its typed arrays transferred, not copied), else prepared here.
 */
export function preparedTimelineOf(dataset: Dataset): PreparedTimeline {
  return prepared.get(dataset) ?? prepareTimeline(dataset);
}

/** Keeps `timeline` for `preparedTimelineOf(timeline.dataset)`. */
export function rememberPreparedTimeline(timeline: PreparedTimeline): void {
  prepared.set(timeline.dataset, timeline);
}
