/**
 * STAND-IN, to be deleted when merging issue 16's round 3: a one-step generator with the name and
 * signature of core's `checkDatasetSteps` (h17check), which runs the whole `isValidDataset` in its
 * first `next()`. The merger imports `checkDatasetSteps` from '@syria-timeline/core' instead (in
 * fast-dataset-check.ts and test/large-data.test.ts) and removes this file. Imported by the lazy
 * fast-check chunk only, so that the check stays out of the first load.
 */
import { isValidDataset } from '@syria-timeline/core';

/** core's `isValidDataset(data)` as steps that yield the events checked so far (here: none, one step). */
export function* checkDatasetSteps(data: unknown): Generator<number, boolean> {
  return isValidDataset(data);
}
