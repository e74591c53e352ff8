import { prepareTimeline, prepareTimelineSteps, type Dataset, type PreparedTimeline } from '@syria-timeline/core';

/** Timelines prepared off the main thread (by the dataset worker), by their dataset. */
const prepared = new WeakMap<Dataset, PreparedTimeline>();

/**
 * core's `prepareTimeline(dataset)`: the one the dataset worker prepared with it, when a `src`
 * load brought one along (its typed arrays transferred, not copied), else prepared here.
 */
export function preparedTimelineOf(dataset: Dataset): PreparedTimeline {
  return prepared.get(dataset) ?? prepareTimeline(dataset);
}

/**
 * `preparedTimelineOf(dataset)` in steps (core's `prepareTimelineSteps`, yielding events processed
 * so far), for a caller that gives the event loop back between them; none when the worker prepared it.
 */
export function* preparedTimelineStepsOf(dataset: Dataset): Generator<number, PreparedTimeline> {
  return prepared.get(dataset) ?? (yield* prepareTimelineSteps(dataset));
}

/** Keeps `timeline` for `preparedTimelineOf(timeline.dataset)`. */
export function rememberPreparedTimeline(timeline: PreparedTimeline): void {
  prepared.set(timeline.dataset, timeline);
}
