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
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { toTimelinesChart } from './convert/to-timelines-chart.mjs';
import { toVisTimeline } from './convert/to-vis-timeline.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { extentWindow } from './lib/zoom-windows.mjs';
import { arg } from './lib/cli-arg.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
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

/**
 * Self time per source module: the unminified bundle keeps a `// <path>` comment before each
 * module's code, so a sample's line number tells its module. Native work stays as V8 names it.
 */
async function moduleTimes(profile, distDir) {
  const regions = new Map();
  const regionsOf = async (url) => {
    if (!regions.has(url)) {
      const file = path.join(distDir, new URL(url).pathname);
      const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
      const starts = [];
      lines.forEach((line, i) => {
        const m = /^\/\/ ((?:packages|node_modules)\/\S+)/.exec(line);
        if (m) starts.push([i, m[1]]);
      });
      regions.set(url, starts);
    }
    return regions.get(url);
  };
  const group = (file) => {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (nm) return nm[1];
    const ours = /packages\/(core|elements)\/src\/([^/]+)/.exec(file);
    return ours ? `${ours[1]}/${ours[2].replace(/\.ts$/, '')}` : file;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame;
    let key = f.functionName ? `(${f.functionName})` : '(native)';
    if (f.url.startsWith('http')) {
      const starts = await regionsOf(f.url);
      let found = '(page)';
      for (const [line, file] of starts) if (line <= f.lineNumber) found = group(file); else break;
      key = found;
    } else if (!['(program)', '(garbage collector)', '(idle)'].includes(key)) key = `native ${f.functionName}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

await buildPages(['empty', page], { minify: false });
const { dataset, intervals, windows } = benchData(events);
// Fetched by the page, as in bench/run.mjs: a million events are too big to pass through `evaluate`.
const served = new Map([['/data/profile.json', Buffer.from(JSON.stringify(convert(dataset, intervals)))]]);
const server = await serveStatic(path.join(DIST, 'pages-unminified'), served);
const browser = await launchChromium();
try {
  const { page: p, cdp } = await openBenchPage(browser, `${server.url}/${page}.html`, '/data/profile.json');
  await p.evaluate((full) => { window.__full = full; }, extentWindow(intervals));
  if (page === 'ours') {
    // The core steps of a first render, each timed alone on a copy of the same data.
    // core is imported lazily (bench/pages/ours.js), so that the page's first load stays the element's.
    const steps = await p.evaluate(async (width) => {
      const { parseDataset, prepareTimeline, layoutTimeline } = await window.loadBenchCore();
      const data = structuredClone(window.__data);
      const time = (f) => { const t = performance.now(); const out = f(); return [performance.now() - t, out]; };
      const [parseMs, parsed] = time(() => parseDataset(data));
      const [prepareMs, prepared] = time(() => prepareTimeline(parsed));
      const [layoutMs, layout] = time(() => layoutTimeline(prepared, { width }));
      return { parseMs, prepareMs, layoutMs, marks: layout.marks.length, clusters: layout.clusters.length };
    }, 1056);
    console.log(`core steps alone (same page, same data): parseDataset ${steps.parseMs.toFixed(0)} ms, prepareTimeline ` +
      `${steps.prepareMs.toFixed(0)} ms, layoutTimeline (full view, 1,056 px) ${steps.layoutMs.toFixed(0)} ms → ` +
      `${steps.marks} marks, ${steps.clusters} clusters`);
    // layoutTimeline at each of the 20 zoom windows: the fastest of 3 (other jobs only ever add time).
    const perWindow = await p.evaluate(async ([w, width]) => {
      const { prepareTimeline, layoutTimeline } = await window.loadBenchCore();
      const prepared = prepareTimeline(structuredClone(window.__data));
      return w.map(([start, end]) => {
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          layoutTimeline(prepared, { width, domain: { start, end } });
          best = Math.min(best, performance.now() - t);
        }
        return best;
      });
    }, [windows, 1056]);
    console.log(`layoutTimeline per zoom window (ms, best of 3): ${perWindow.map((x) => x.toFixed(1)).join(' ')}`);
  }
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
    console.log('  by module:');
    const modules = await moduleTimes(profile, path.join(DIST, 'pages-unminified'));
    for (const [mod, ms] of modules.slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${mod}`);
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
  const restyles = chunks.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.pid === main?.pid);
  console.log(`\nstyle recalculations during the zoom: ${restyles.length}, elements restyled each: ` +
    `${restyles.map((e) => e.args?.elementCount ?? '?').join(' ')} (of ${await p.evaluate(() => window.bench.nodeCount())} in the page)`);
  console.log(`\n${library} ${events.toLocaleString('en-US')} events, zoom trace: main-thread ms by event (nested events overlap their parents)`);
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
