#!/usr/bin/env node
/**
 * What the browser redoes on a zoom step, and why: for 6 of the bench's `zoomTo` steps (after the
 * first render and a settle as the bench's), the elements restyled, the objects laid out again and
 * repainted, each with Chromium's reason (trace category `devtools.timeline.invalidationTracking`),
 * counted by node and reason; then the composited layers (CDP LayerTree: size, paint count).
 *
 *   node bench/zoom-invalidations.mjs [--events=10000] [--pages=DIR] [--no-build] [--steps=6]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';

const events = Number(arg('events', '10000'));
const steps = Number(arg('steps', '6'));
const { dataset, windows } = benchData(events);
const server = await serveOurPage(dataset);
const browser = await launchChromium();

function tally(list) {
  const m = new Map();
  for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(n).padStart(5)}  ${k}`).join('\n');
}

try {
  const { page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  await afterRenderAsBench(page, cdp);
  // Walk the first steps untraced, so the traced ones are mid-series (as most of the bench's are).
  await page.evaluate(async (ws) => { for (const w of ws) await window.bench.zoomTo(w[0], w[1]); }, windows.slice(0, 4));
  await cdp.send('LayerTree.enable');
  let layers = [];
  cdp.on('LayerTree.layerTreeDidChange', (e) => { if (e.layers) layers = e.layers; });
  const painted = [];
  cdp.on('LayerTree.layerPainted', (e) => painted.push(e));
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(async (ws) => { for (const w of ws) await window.bench.zoomTo(w[0], w[1]); }, windows.slice(4, 4 + steps));
  await cdp.send('Tracing.end');
  await done;
  const names = {};
  for (const e of chunks) names[e.name] = (names[e.name] ?? 0) + 1;
  const inv = (name) => chunks.filter((e) => e.name === name).map((e) => e.args?.data ?? {});
  const node = (d) => `${d.nodeName ?? '?'}`;
  console.log(`${events.toLocaleString('en-US')} events, ${steps} steps traced`);
  console.log('\nstyle invalidations (ScheduleStyleInvalidationTracking / StyleRecalcInvalidationTracking), node and reason:');
  console.log(tally([...inv('ScheduleStyleInvalidationTracking'), ...inv('StyleRecalcInvalidationTracking'), ...inv('StyleInvalidatorInvalidationTracking')]
    .map((d) => `${node(d)} — ${d.reason ?? d.changedAttribute ?? d.changedClass ?? d.invalidationSet ?? ''} ${d.changedAttribute ? `[${d.changedAttribute}]` : ''}`)).split('\n').slice(0, 40).join('\n'));
  console.log('\nlayout invalidations (LayoutInvalidationTracking), node and reason:');
  console.log(tally(inv('LayoutInvalidationTracking').map((d) => `${node(d)} — ${d.reason}`)).split('\n').slice(0, 40).join('\n'));
  console.log('\npaint invalidations (PaintInvalidationTracking), node and reason:');
  console.log(tally(inv('PaintInvalidationTracking').map((d) => `${node(d)} — ${d.reason ?? ''}`)).split('\n').slice(0, 40).join('\n'));
  console.log('\nPaint events: layer and clip');
  console.log(tally(chunks.filter((e) => e.name === 'Paint').map((e) => `layer ${e.args?.data?.layerId} node ${e.args?.data?.nodeId} clip ${JSON.stringify(e.args?.data?.clip?.map(Math.round))}`)).split('\n').slice(0, 30).join('\n'));
  console.log('\nlayers (LayerTree): id, size, paint count, draws content, reasons');
  for (const l of layers) {
    let reasons = '';
    try { reasons = (await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId })).compositingReasonIds?.join(',') ?? ''; } catch { /* gone */ }
    console.log(`  ${l.layerId.padEnd(6)} ${String(Math.round(l.width)).padStart(5)}×${String(Math.round(l.height)).padEnd(5)} at ${Math.round(l.offsetX)},${Math.round(l.offsetY)} paints ${String(l.paintCount).padStart(4)} ${l.drawsContent ? 'draws' : '     '} node ${l.backendNodeId ?? '-'} ${reasons}`);
  }
  console.log('\nlayerPainted (CDP): by layer');
  console.log(tally(painted.map((p) => `layer ${p.layerId} clip ${p.clip.x},${p.clip.y} ${p.clip.width}×${p.clip.height}`)).split('\n').slice(0, 20).join('\n'));
  console.log('\ntrace event names of interest:', Object.entries(names).filter(([k]) => /Invalidat|Paint|Raster|Layer|Commit/.test(k)).map(([k, v]) => `${k} ${v}`).join(', '));
} finally {
  await browser.close();
  server.close?.();
}
