import type { PreparedLane } from './prepare-timeline.js';
import type { TimeAxis } from './time-axis.js';

const mapped = new WeakMap<TimeAxis, WeakMap<PreparedLane, PreparedLane>>();

/**
 * `lane` with its times in the units of `axis` (starts, inclusive ends, their running maximum), so
 * that `packLane` lays it out on a gap-compressed axis unchanged. Event ends stay inclusive: inside
 * a busy period an axis unit is a millisecond. Made once per lane and axis (memoised, weakly); a
 * linear axis gives the lane itself.
 */
export function axisLane(lane: PreparedLane, axis: TimeAxis): PreparedLane {
  if (axis.folds.length === 0) return lane;
  let lanes = mapped.get(axis);
  if (lanes === undefined) mapped.set(axis, (lanes = new WeakMap()));
  let out = lanes.get(lane);
  if (out === undefined) {
    const starts = lane.starts.map(axis.toAxis);
    const ends = lane.ends.map(axis.toAxis);
    const maxEnds = new Float64Array(ends.length);
    let max = -Infinity;
    for (let i = 0; i < ends.length; i++) maxEnds[i] = max = Math.max(max, ends[i]!);
    out = { ...lane, starts, ends, maxEnds };
    lanes.set(lane, out);
  }
  return out;
}
