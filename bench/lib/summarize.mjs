import { median } from './stats.mjs';

/**
 * Medians over the runs of one library at one size. Runs with status 'error' are left out of
 * the figures; if none succeeded, `status` says why.
 */
export function summarize({ library, events, runs, skipped, emptyHeap, gzipBytes }) {
  const row = { library, events, runs: runs.length, gzipKiB: gzipBytes / 1024 };
  if (skipped) return { ...row, status: skipped };
  const good = runs.filter((r) => r.status !== 'error');
  const timedOut = runs.some((r) => r.status === 'timeout');
  if (good.length === 0) return { ...row, status: runs[0]?.status ?? 'no runs', error: runs[0]?.errors?.[0] };
  const m = (key) => median(good.map((r) => r[key]));
  return {
    ...row,
    status: timedOut ? 'timeout' : 'ok',
    renderMs: m('renderMs'),
    zoomMedianMs: m('zoomMedianMs'),
    zoomP95Ms: m('zoomP95Ms'),
    zoomBusyMs: m('zoomBusyMs'),
    zoomStepsDone: median(good.map((r) => r.zoomSteps?.length ?? 0)),
    heapKBPerEvent: median(good.map((r) => (r.heapBytes - emptyHeap) / events / 1000)),
    nodes: m('nodes'),
    nodesZoomed: m('nodesZoomed'),
  };
}
