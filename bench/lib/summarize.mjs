import { median } from './stats.mjs';

/**
 * Medians over the runs of one library at one size. Runs with status 'error' are left out of
 * the figures; if none succeeded, `status` says why.
 */
export function summarize({ library, events, runs, skipped, emptyHeap, gzipBytes, limitMs, zoomSteps }) {
  const row = { library, events, runs: runs.length, gzipKiB: gzipBytes / 1024 };
  if (skipped) return { ...row, status: skipped };
  const good = runs.filter((r) => r.status !== 'error' && Number.isFinite(r.renderMs));
  if (good.length === 0) {
    const first = runs[0];
    if (first?.status === 'timeout') return { ...row, status: `timeout (first render > ${limitMs / 1000} s)` };
    return { ...row, status: first?.status ?? 'no runs', error: first?.errors?.[0] };
  }
  const m = (key) => median(good.map((r) => r[key]));
  const steps = Math.min(...good.map((r) => r.zoomSteps?.length ?? 0));
  const unsettled = good.some((r) => r.status === 'timeout');
  let status = 'ok';
  if (steps < zoomSteps) status = `timeout (zoom: ${steps}/${zoomSteps} steps in ${limitMs / 1000} s)`;
  else if (unsettled) status = 'timeout (did not settle)';
  return {
    ...row,
    status,
    renderMs: m('renderMs'),
    renderBusyMs: m('renderBusyMs'),
    renderLongestTaskMs: m('renderLongestTaskMs'),
    zoomMedianMs: m('zoomMedianMs'),
    zoomP95Ms: m('zoomP95Ms'),
    zoomBusyMs: m('zoomBusyMs'),
    zoomLongestTaskMs: m('zoomLongestTaskMs'),
    // Zoom by wheel events ('none': the chart does not zoom by wheel; undefined: not measured).
    wheel: good.some((r) => r.wheel === 'none') ? 'none' : good.some((r) => r.wheelSteps) ? 'ok' : undefined,
    wheelMedianMs: m('wheelMedianMs'),
    wheelP95Ms: m('wheelP95Ms'),
    wheelBusyMs: m('wheelBusyMs'),
    wheelInputDelayMs: m('wheelInputDelayMs'),
    wheelLongestTaskMs: m('wheelLongestTaskMs'),
    // The paced zoom: CPU of a step, of what it deferred, and both (medians over steps, then runs).
    pacedStepCpuMs: m('pacedStepCpuMs'),
    deferredCpuMs: m('deferredCpuMs'),
    deferredRecords: m('deferredRecords'),
    deferredNodes: m('deferredNodes'),
    stepWithDeferredCpuMs: m('stepWithDeferredCpuMs'),
    stepWithDeferredCpuP95Ms: m('stepWithDeferredCpuP95Ms'),
    zoomStepsDone: steps,
    heapKBPerEvent: median(good.map((r) => (r.heapBytes - emptyHeap) / events / 1000)),
    nodes: m('nodes'),
    nodesZoomed: m('nodesZoomed'),
  };
}
