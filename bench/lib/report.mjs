const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const count = (n) => n.toLocaleString('en-US');

const HEAD = ['library', 'events', 'first render ms', 'render CPU ms', 'zoom step median ms', 'zoom step p95 ms', 'zoom CPU ms (20 steps)',
  'heap KB/event', 'DOM elements', 'gzip KiB', 'runs', 'status'];

function cells(r) {
  return [r.library, count(r.events), fmt(r.renderMs), fmt(r.renderBusyMs, 0), fmt(r.zoomMedianMs), fmt(r.zoomP95Ms), fmt(r.zoomBusyMs, 0),
    fmt(r.heapKBPerEvent, 3), fmt(r.nodes, 0), fmt(r.gzipKiB), String(r.runs), r.status + (r.error ? ` (${r.error})` : '')];
}

/** A Markdown table (also readable in a terminal). */
export function table(rows) {
  const lines = [HEAD, HEAD.map(() => '---'), ...rows.map(cells)];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

const find = (rows, library, events) => rows.find((r) => r.library === library && r.events === events);

/** The goals of issue 5, each PASS / MISS / n/a with the figure; informational only. */
export function goals(rows, oursGzipKiB) {
  const ours100k = find(rows, 'syria-timeline', 100_000);
  const ours10k = find(rows, 'syria-timeline', 10_000);
  const tc10k = find(rows, 'timelines-chart', 10_000);
  const ratio = (a, b) => (a && b && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);
  const renderRatio = ratio(tc10k?.renderMs, ours10k?.renderMs);
  const zoomRatio = ratio(tc10k?.zoomP95Ms, ours10k?.zoomP95Ms);
  const check = (name, value, ok, shown) => ({
    name, value, shown, verdict: Number.isFinite(value) ? (ok(value) ? 'PASS' : 'MISS') : 'n/a',
  });
  return [
    check('first render of 100,000 < 300 ms', ours100k?.renderMs, (v) => v < 300, `${fmt(ours100k?.renderMs)} ms`),
    check('zoom step p95 ≤ 17 ms at 100,000', ours100k?.zoomP95Ms, (v) => v <= 17, `${fmt(ours100k?.zoomP95Ms)} ms`),
    check('≥ 5× faster than timelines-chart, first render at 10,000', renderRatio, (v) => v >= 5, `${fmt(renderRatio, 2)}×`),
    check('≥ 10× faster than timelines-chart, zoom p95 at 10,000', zoomRatio, (v) => v >= 10, `${fmt(zoomRatio, 2)}×`),
    check('heap ≤ 0.5 KB/event (at 100,000)', ours100k?.heapKBPerEvent, (v) => v <= 0.5, `${fmt(ours100k?.heapKBPerEvent, 3)} KB`),
    check('≤ 35 KiB gzip (element + core + lit + d3)', oursGzipKiB, (v) => v <= 35, `${fmt(oursGzipKiB)} KiB`),
  ];
}

export function goalLines(list) {
  return list.map((g) => `${g.verdict.padEnd(4)}  ${g.name}: ${g.shown}`).join('\n');
}

/** The measurement's own floor (bench/pages/floor.js) in one line, for the log and the Markdown report. */
export function floorLine(floor) {
  return `Measurement floor (a page that changes one attribute per step): first render ${floor.renderMs.toFixed(1)} ms, ` +
    `zoom step median ${floor.zoomMedianMs.toFixed(1)} ms, p95 ${floor.zoomP95Ms.toFixed(1)} ms`;
}
