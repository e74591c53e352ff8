const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const count = (n) => n.toLocaleString('en-US');

const HEAD = ['library', 'events', 'first render ms', 'render CPU ms', 'render longest task ms', 'zoom step median ms', 'zoom step p95 ms',
  'zoom CPU ms (20 steps)', 'zoom longest task ms', 'heap KB/event', 'DOM elements', 'gzip KiB', 'runs', 'status'];

function cells(r) {
  return [r.label ?? r.library, count(r.events), fmt(r.renderMs), fmt(r.renderBusyMs, 0), fmt(r.renderLongestTaskMs, 0), fmt(r.zoomMedianMs),
    fmt(r.zoomP95Ms), fmt(r.zoomBusyMs, 0), fmt(r.zoomLongestTaskMs, 0), fmt(r.heapKBPerEvent, 3), fmt(r.nodes, 0), fmt(r.gzipKiB), String(r.runs),
    r.status + (r.error ? ` (${r.error})` : '')];
}

const ZOOM_HEAD = ['library', 'events', 'wheel step median ms', 'wheel step p95 ms', 'of which input delay ms (median)', 'wheel CPU ms (20 events)', 'wheel longest task ms',
  'paced step CPU ms', 'deferred CPU ms per step', 'deferred DOM changes per step', 'step incl. deferred CPU ms (median)', 'step incl. deferred CPU ms (p95)'];

function zoomCells(r) {
  const wheel = r.wheel === 'none'
    ? ['no wheel zoom', '', '', '', '']
    : [fmt(r.wheelMedianMs), fmt(r.wheelP95Ms), fmt(r.wheelInputDelayMs), fmt(r.wheelBusyMs, 0), fmt(r.wheelLongestTaskMs, 0)];
  const paced = Number.isFinite(r.pacedStepCpuMs)
    ? [fmt(r.pacedStepCpuMs), fmt(r.deferredCpuMs), `${fmt(r.deferredRecords, 0)} (${fmt(r.deferredNodes, 0)} nodes)`, fmt(r.stepWithDeferredCpuMs), fmt(r.stepWithDeferredCpuP95Ms)]
    : ['not measured', '', '', '', ''];
  return [r.label ?? r.library, count(r.events), ...wheel, ...paced];
}

const markdown = (head, rows) => [head, head.map(() => '---'), ...rows].map((l) => `| ${l.join(' | ')} |`).join('\n');

/** The main table, Markdown (also readable in a terminal). */
export function table(rows) {
  return markdown(HEAD, rows.map(cells));
}

/** Zoom by wheel events, and the paced zoom with the work each step deferred (rows that measured either). */
export function zoomTable(rows) {
  return markdown(ZOOM_HEAD, rows.filter((r) => r.wheel || Number.isFinite(r.pacedStepCpuMs)).map(zoomCells));
}

const find = (rows, library, events) => rows.find((r) => r.library === library && r.events === events);

/**
 * The goals of issue 16, each PASS / MISS / n/a with the figure; informational only. The ratios
 * to timelines-chart are taken on main-thread CPU (wall clock moves with the machine's load),
 * with the wall-clock ratio beside them.
 *
 * @param oursGzipKiB our element as a library, built by Vite from source
 * @param userFirstLoadKiB the first load of a tiny app bundled by esbuild with splitting (null: not built)
 */
export function goals(rows, oursGzipKiB, userFirstLoadKiB = null) {
  const ours1m = find(rows, 'syria-timeline', 1_000_000);
  const ours100k = find(rows, 'syria-timeline', 100_000);
  const ours10k = find(rows, 'syria-timeline', 10_000);
  const tc10k = find(rows, 'timelines-chart', 10_000);
  const ratio = (a, b) => (a && b && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);
  const renderCpu = ratio(tc10k?.renderBusyMs, ours10k?.renderBusyMs);
  const renderWall = ratio(tc10k?.renderMs, ours10k?.renderMs);
  const zoomCpu = ratio(tc10k?.zoomBusyMs, ours10k?.zoomBusyMs);
  const zoomWall = ratio(tc10k?.zoomP95Ms, ours10k?.zoomP95Ms);
  const check = (name, value, ok, shown) => ({
    name, value, shown, verdict: Number.isFinite(value) ? (ok(value) ? 'PASS' : 'MISS') : 'n/a',
  });
  return [
    check('first render of 100,000 < 250 ms', ours100k?.renderMs, (v) => v < 250, `${fmt(ours100k?.renderMs)} ms (CPU ${fmt(ours100k?.renderBusyMs, 0)} ms)`),
    check('first render of 1,000,000 < 1,000 ms, no main-thread task over 50 ms', ours1m?.renderMs, (v) => v < 1_000 && ours1m.renderLongestTaskMs <= 50,
      `${fmt(ours1m?.renderMs)} ms (CPU ${fmt(ours1m?.renderBusyMs, 0)} ms), longest task ${fmt(ours1m?.renderLongestTaskMs, 0)} ms`),
    check('zoom step p95 ≤ 17 ms at 100,000, titles on', ours100k?.zoomP95Ms, (v) => v <= 17, `${fmt(ours100k?.zoomP95Ms)} ms (wheel ${fmt(ours100k?.wheelP95Ms)} ms)`),
    check('zoom step p95 ≤ 17 ms at 1,000,000, titles on', ours1m?.zoomP95Ms, (v) => v <= 17, `${fmt(ours1m?.zoomP95Ms)} ms (wheel ${fmt(ours1m?.wheelP95Ms)} ms)`),
    check('heap ≤ 0.3 KB/event at 1,000,000', ours1m?.heapKBPerEvent, (v) => v <= 0.3, `${fmt(ours1m?.heapKBPerEvent, 3)} KB`),
    check('first load ≤ 35 KiB gzip, as esbuild --splitting bundles an app', userFirstLoadKiB ?? Number.NaN, (v) => v <= 35,
      `${fmt(userFirstLoadKiB ?? Number.NaN)} KiB (the element built alone by Vite: ${fmt(oursGzipKiB)} KiB)`),
    check('≥ 6× timelines-chart, first render CPU at 10,000', renderCpu, (v) => v >= 6, `${fmt(renderCpu, 2)}× (wall clock ${fmt(renderWall, 2)}×)`),
    check('≥ 20× timelines-chart, zoom CPU (20 steps) at 10,000', zoomCpu, (v) => v >= 20, `${fmt(zoomCpu, 2)}× (wall clock p95 ${fmt(zoomWall, 2)}×)`),
  ];
}

export function goalLines(list) {
  return list.map((g) => `${g.verdict.padEnd(4)}  ${g.name}: ${g.shown}`).join('\n');
}

/** The measurement's own floor (bench/pages/floor.js) in one line, for the log and the Markdown report. */
export function floorLine(floor) {
  return `Measurement floor (a page that changes one attribute per step): first render ${floor.renderMs.toFixed(1)} ms, ` +
    `zoom step median ${floor.zoomMedianMs.toFixed(1)} ms, p95 ${floor.zoomP95Ms.toFixed(1)} ms, CPU of the 20 steps ${floor.zoomBusyMs.toFixed(0)} ms; ` +
    `paced: CPU ${floor.pacedStepCpuMs.toFixed(1)} ms per step, ${floor.deferredCpuMs.toFixed(1)} ms per pause`;
}
