import { compressTimeAxis, compressTimeAxisSteps, type PreparedTimeline, type TimeAxis } from '@syria-timeline/core';

const axes = new WeakMap<PreparedTimeline, TimeAxis>();

/**
 * core's `compressTimeAxis(prepared)`, made once per prepared timeline (O(n) over the events) and
 * kept as long as it is: every model of the same data, and the steps that ready large data for
 * its first drawing (first-draw-steps.ts), share it, and with it the layout's lanes mapped onto it.
 */
export function compressedAxisOf(prepared: PreparedTimeline): TimeAxis {
  let axis = axes.get(prepared);
  if (!axis) axes.set(prepared, (axis = compressTimeAxis(prepared)));
  return axis;
}

/**
 * `compressedAxisOf(prepared)` made in steps (core's `compressTimeAxisSteps`, a step per 65,536
 * events), for the first drawing of large data (first-draw-steps.ts): a million events read in one
 * go took 35–50 ms of one task. Kept as `compressedAxisOf` keeps it.
 */
export function* compressedAxisSteps(prepared: PreparedTimeline): Generator<number, TimeAxis> {
  let axis = axes.get(prepared);
  if (!axis) axes.set(prepared, (axis = yield* compressTimeAxisSteps(prepared)));
  return axis;
}
