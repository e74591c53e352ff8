#!/usr/bin/env node
/**
 * Where the time goes: CPU profiles (CDP Profiler) of one library's first render and of its
 * 20-step zoom, on an unminified build, printed as the top functions by self time.
 *
 *   node bench/profile.mjs [--library=syria-timeline] [--events=10000] [--top=25] [--save]
 *
 * `--save` also writes bench/results/<library>-<events>-{render,zoom}.cpuprofile (open them in
 * Chrome DevTools → Performance). Then a trace of the zoom (CDP Tracing, devtools.timeline)
 * gives main-thread time per kind of work: script, style, layout, paint, GC.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { eventIntervals } from './convert/event-intervals.mjs';
import { toTimelinesChart } from './convert/to-timelines-chart.mjs';
import { toVisTimeline } from './convert/to-vis-timeline.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { zoomWindows } from './lib/zoom-windows.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const library = arg('library', 'syria-timeline');
const events = Number(arg('events', '10000'));
const top = Number(arg('top', '25'));
const PAGES = { 'syria-timeline': ['ours', (d) => d], 'vis-timeline': ['vis-timeline', toVisTimeline], 'timelines-chart': ['timelines-chart', toTimelinesChart] };
const [page, convert] = PAGES[library] ?? [];
if (!page) throw new Error(`--library: got ${library}, expected one of ${Object.keys(PAGES).join(', ')}`);

/** Self time per function (name + file:line), ms, from a V8 CPU profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

const core = await tsImport('../packages/core/src/dataset/synthetic/generate-synthetic-dataset.ts', import.meta.url);
const { parseEdtf } = await tsImport('../packages/core/src/dates/parse-edtf.ts', import.meta.url);
await buildPages(['empty', page], { minify: false });
const server = await serveStatic(path.join(DIST, 'pages-unminified'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const dataset = core.generateSyntheticDataset({ events, seed: 20110315 });
  const intervals = eventIntervals(dataset, parseEdtf);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const p = await context.newPage();
  p.on('pageerror', (e) => console.error('pageerror:', e.message));
  const cdp = await context.newCDPSession(p);
  await p.goto(`${server.url}/${page}.html`);
  await p.evaluate(() => window.bench.ready);
  await p.evaluate((t) => { window.__data = JSON.parse(t); }, JSON.stringify(convert(dataset, intervals)));
  const windows = zoomWindows(intervals);
  await p.evaluate((full) => { window.__full = full; }, [Math.min(...intervals.map((i) => i.start)), Math.max(...intervals.map((i) => i.end))]);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const phases = {
    render: () => p.evaluate(async () => { const d = window.__data; window.__data = undefined; return [await window.bench.render(d)]; }),
    zoom: () => p.evaluate((w) => window.bench.zoomSeries(w), windows),
  };
  for (const [name, run] of Object.entries(phases)) {
    await cdp.send('Profiler.start');
    const timings = await run();
    const { profile } = await cdp.send('Profiler.stop');
    const total = timings.reduce((s, t) => s + t.ms, 0);
    console.log(`\n${library} ${events.toLocaleString('en-US')} events, ${name}: ${timings.length} call(s), ${total.toFixed(0)} ms call → painted in all`);
    for (const [fn, ms] of selfTimes(profile).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
    if (process.argv.includes('--save')) {
      await mkdir(path.join(here, 'results'), { recursive: true });
      await writeFile(path.join(here, 'results', `${library}-${events}-${name}.cpuprofile`), JSON.stringify(profile));
    }
  }
  // Main-thread time by trace event name over a second zoom sequence (top-level events only).
  await p.evaluate(() => window.bench.zoomTo(...window.__full));
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await p.evaluate((w) => window.bench.zoomSeries(w), windows);
  await cdp.send('Tracing.end');
  await done;
  const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  for (const e of chunks) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`\n${library} ${events.toLocaleString('en-US')} events, zoom trace: main-thread ms by event (nested events overlap their parents)`);
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
