import { layoutTimeline, type PreparedTimeline } from '@syria-timeline/core';
import { compressedAxisSteps } from './compressed-axis.js';
import { legendFacts } from './legend-facts.js';

/**
 * What the first drawing of large data would otherwise do in one task, done beforehand in steps
 * (each a task of its own under `runInSlices`), into the caches that the drawing then reads: the
 * facts for the legend (legend-facts.ts), the gap-compressed time axis (compressed-axis.ts),
 * and each lane's layout index on it (core's per-lane caches, filled by laying out that lane
 * alone). Yields after each; what it lays out is thrown away.
 */
export function* firstDrawSteps(prepared: PreparedTimeline): Generator<number, void> {
  // The legend's facts for the default issue (the dataset's first), kept per timeline by legend-facts.ts.
  legendFacts(prepared, prepared.dataset.issues[0]?.id ?? null);
  yield 0;
  // The folded axis, a step per 65,536 events read (twice).
  const axis = yield* compressedAxisSteps(prepared);
  yield 0;
  // No lane: what the layout keeps per timeline (which events are in a lane, the stances' ends).
  layoutTimeline(prepared, { width: 1_000, axis, lanes: [] });
  yield 0;
  for (const lane of prepared.lanes) {
    layoutTimeline(prepared, { width: 1_000, axis, lanes: [lane.lane.id] });
    yield 0;
  }
}
