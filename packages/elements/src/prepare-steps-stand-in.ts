/**
 * STAND-IN, to be deleted when merging issue 16's round 3: a one-step generator with the name and
 * signature of core's `prepareTimelineSteps` (h17prep), which runs the whole `prepareTimeline` in
 * its first `next()`. The merger imports `prepareTimelineSteps` from '@syria-timeline/core'
 * instead (in controllers/dataset-controller.ts) and removes this file.
 */
import { prepareTimeline, type Dataset, type PreparedTimeline } from '@syria-timeline/core';

/** core's `prepareTimeline(dataset)` as steps that yield the events prepared so far (here: none, one step). */
export function* prepareTimelineSteps(dataset: Dataset): Generator<number, PreparedTimeline> {
  return prepareTimeline(dataset);
}
