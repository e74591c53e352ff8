/**
 * STAND-INS, to be deleted when merging: one-step generators with the names and signatures of
 * core's incremental check and preparation (issue 16, round 3: `checkDatasetSteps` from h17check,
 * `prepareTimelineSteps` from h17prep). Each runs the whole synchronous step in its first `next()`.
 * The merger imports both from '@syria-timeline/core' instead (fast-dataset-check.ts and
 * controllers/dataset-controller.ts) and removes this file.
 */
import { isValidDataset, prepareTimeline, type Dataset, type PreparedTimeline } from '@syria-timeline/core';

/** core's `isValidDataset(data)` as steps that yield the events checked so far (here: none, one step). */
export function* checkDatasetSteps(data: unknown): Generator<number, boolean> {
  return isValidDataset(data);
}

/** core's `prepareTimeline(dataset)` as steps that yield the events prepared so far (here: none, one step). */
export function* prepareTimelineSteps(dataset: Dataset): Generator<number, PreparedTimeline> {
  return prepareTimeline(dataset);
}
