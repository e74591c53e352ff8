export const ZOOM_STEPS = 20;
const ZOOM_END_SPAN_MS = 21 * 86_400_000; // about three weeks

/** The window of the data's whole extent, [first start, last end] in UTC ms. */
export function extentWindow(intervals) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of intervals) {
    if (i.start < lo) lo = i.start;
    if (i.end > hi) hi = i.end;
  }
  return [lo, hi];
}

/** 20 windows, geometric, from the full extent down to ~3 weeks, centred on the middle. */
export function zoomWindows(intervals) {
  const [lo, hi] = extentWindow(intervals);
  const mid = (lo + hi) / 2;
  const ratio = (ZOOM_END_SPAN_MS / (hi - lo)) ** (1 / ZOOM_STEPS);
  return Array.from({ length: ZOOM_STEPS }, (_, k) => {
    const half = ((hi - lo) * ratio ** (k + 1)) / 2;
    return [Math.round(mid - half), Math.round(mid + half)];
  });
}

