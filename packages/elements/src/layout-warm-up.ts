import type { ClusterMark, EventMark, TimelineLayout, ViewDomain } from '@syria-timeline/core';
import { renderLanePaint } from './templates/render-marks.js';

/** Datasets from this many events get a warm-up: below it a cold zoom step is already fast. */
export const WARM_UP_MIN_EVENTS = 20_000;

/**
 * Zoomed windows to lay out in idle time, after the first drawing of a large dataset: a quarter,
 * a sixteenth, a 64th and a 256th of the extent, around its first third. The first
 * zoomed windows of a session run layout, title-placement and paint-building paths that the
 * unzoomed view never ran (the all-clustered full view draws no marks), and before the JIT has
 * compiled them a step costs several warm ones (`node bench/zoom-steps.mjs`: the first step's CPU);
 * run here, where nobody waits, at every depth a reader zooms to, the reader's first zoom runs
 * code the JIT has seen (four idle tasks of a few ms each at 100,000 events). Where the windows are does not
 * matter, only that they are zoomed in, to several depths.
 */
export function warmUpWindows(extent: ViewDomain): ViewDomain[] {
  const span = extent.end - extent.start;
  const at = extent.start + span / 3;
  return [4, 16, 64, 256].map((k) => ({ start: at - span / k / 2, end: at + span / k / 2 }));
}

/**
 * Builds (and throws away) the paint of each lane of `layout`, as a zoom step does (`renderLanePaint`):
 * the path strings of marks, bars and pills, for the warm-up. Pure: nothing is drawn or kept.
 */
export function warmPaint(layout: TimelineLayout, markSize: number): void {
  const lanes = new Map<string, { marks: EventMark[]; clusters: ClusterMark[] }>();
  const of = (id: string) => {
    let lane = lanes.get(id);
    if (lane === undefined) lanes.set(id, (lane = { marks: [], clusters: [] }));
    return lane;
  };
  for (const m of layout.marks) of(m.laneId).marks.push(m);
  for (const c of layout.clusters) of(c.laneId).clusters.push(c);
  for (const { marks, clusters } of lanes.values()) renderLanePaint(marks, clusters, markSize);
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
