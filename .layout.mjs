import path from 'node:path';
import { launchChromium } from './bench/lib/launch-chromium.mjs';
import { DIST, buildPages } from './bench/lib/build-pages.mjs';
import { serveStatic } from './bench/lib/static-server.mjs';
import { benchData } from './bench/lib/bench-data.mjs';
const events = Number(process.argv[2] ?? 10000);
await buildPages(['empty', 'ours'], { minify: false });
const server = await serveStatic(path.join(DIST, 'pages-unminified'));
const browser = await launchChromium();
const { dataset, intervals, windows } = benchData(events);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const p = await context.newPage();
const cdp = await context.newCDPSession(p);
await p.goto(`${server.url}/ours.html`);
await p.evaluate(() => window.bench.ready);
await p.evaluate((t) => { window.__data = JSON.parse(t); }, JSON.stringify(dataset));
await p.evaluate(async () => { const d = window.__data; window.__data = undefined; return await window.bench.render(d); });
await p.waitForTimeout(500);
const chunks = [];
cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await p.evaluate((w) => window.bench.zoomSeries(w), windows);
await cdp.send('Tracing.end');
await done;
const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const mine = chunks.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
for (const e of mine.filter((e) => e.name === 'Layout' && e.ph === 'X').slice(0, 30)) {
  const st = e.args?.beginData?.stackTrace?.[0];
  console.log((e.dur / 1000).toFixed(2).padStart(7), 'dirty', e.args?.beginData?.dirtyObjects, 'total', e.args?.beginData?.totalObjects, st ? `forced by ${st.functionName} ${path.basename(st.url)}:${st.lineNumber}` : '');
}
const inv = new Map();
for (const e of mine.filter((e) => e.name === 'LayoutInvalidationTracking' || e.name === 'ScheduleStyleInvalidationTracking')) {
  const k = `${e.name} ${e.args?.data?.reason ?? ''} ${e.args?.data?.nodeName ?? ''}`; inv.set(k, (inv.get(k) ?? 0) + 1);
}
console.log([...inv].sort((a, b) => b[1] - a[1]).slice(0, 15));
await browser.close(); await server.close();
