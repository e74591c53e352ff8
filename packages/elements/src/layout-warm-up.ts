import type { ViewDomain } from '@syria-timeline/core';

/** Datasets from this many events get a warm-up: below it a cold zoom step is already fast. */
export const WARM_UP_MIN_EVENTS = 20_000;

/**
 * Zoomed windows to lay out once, in idle time, after the first drawing of a large dataset: a
 * quarter and a fortieth of the extent, around its first third. The first zoomed windows of a
 * session run layout and title-placement paths that the unzoomed view never ran, and cost about
 * twice a warm step at 100,000 events (`node bench/zoom-steps.mjs --warm=6`); laid out once here,
 * where nobody waits, the reader's first zoom runs compiled code. Where the windows are does not
 * matter, only that they are zoomed in.
 */
export function warmUpWindows(extent: ViewDomain): ViewDomain[] {
  const span = extent.end - extent.start;
  const at = extent.start + span / 3;
  return [4, 40].map((k) => ({ start: at - span / k / 2, end: at + span / k / 2 }));
}

const idle: (run: () => void) => () => void = typeof requestIdleCallback === 'function'
  ? (run) => {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  : (run) => {
    const id = setTimeout(run, 200);
    return () => clearTimeout(id);
  };

/**
 * Runs `lay` on each window, one per idle period; the returned function cancels what has not run
 * (a new dataset, a disconnection). The results are thrown away: nothing is drawn.
 */
export function warmUp(windows: readonly ViewDomain[], lay: (window: ViewDomain) => void): () => void {
  let cancel = () => {};
  const next = (i: number) => {
    if (i >= windows.length) return;
    cancel = idle(() => {
      lay(windows[i]!);
      next(i + 1);
    });
  };
  next(0);
  return () => cancel();
}
