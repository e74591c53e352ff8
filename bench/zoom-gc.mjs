#!/usr/bin/env node
/**
 * What the collector costs the main thread during our zoom: a trace (CDP Tracing, V8 and Blink GC
 * categories) of `--passes` passes of the bench's 20 windows, after the first render and the bench's
 * settling (lib/measure-run.mjs), summed by GC event on the renderer's main thread: count, total and
 * longest, ms. A CPU profile puts a collection in whichever function allocated when it ran
 * (`setAttribute`, mostly: the paths' `d` strings), so read the collector's share here.
 *
 *   node bench/zoom-gc.mjs [--events=10000] [--passes=2] [--pages=DIR] [--top=20]
 *
 * `--pages`: a directory of built bench pages (bench/lib/build-pages.mjs), default this checkout's
 * bench/dist/pages (build them first).
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';
import { DIST } from './lib/build-pages.mjs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';

const events = Number(arg('events', '10000'));
const passes = Number(arg('passes', '2'));
const top = Number(arg('top', '20'));
const pages = path.resolve(arg('pages', path.join(DIST, 'pages')));
const { dataset, windows } = benchData(events);
const server = await serveStatic(pages, new Map([['/data/ours.json', Buffer.from(JSON.stringify(dataset))]]));
const browser = await launchChromium();
try {
  const { page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  await afterRenderAsBench(page, cdp);
  const trace = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink_gc,disabled-by-default-v8.gc,disabled-by-default-blink_gc', transferMode: 'ReportEvents',
  });
  const busy = await mainThreadCpu(cdp);
  const before = await busy();
  for (let i = 0; i < passes; i++) await page.evaluate((ws) => window.bench.zoomSeries(ws), i % 2 ? [...windows].reverse() : windows);
  const cpu = (await busy()) - before;
  await cdp.send('Tracing.end');
  await complete;
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of trace) {
    if (e.ph !== 'X' || e.tid !== main?.tid || !/GC|Scaveng|Mark|Sweep|Oilpan/i.test(e.name)) continue;
    const s = sums.get(e.name) ?? { n: 0, ms: 0, max: 0 };
    s.n++;
    s.ms += e.dur / 1000;
    s.max = Math.max(s.max, e.dur / 1000);
    sums.set(e.name, s);
  }
  const steps = passes * windows.length;
  console.log(`${events.toLocaleString('en-US')} events, ${steps} zoom steps: main-thread task CPU ${cpu.toFixed(0)} ms; GC events on the main thread (nested ones overlap their parents):`);
  for (const [name, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    console.log(`${s.ms.toFixed(1).padStart(8)} ms  ${String(s.n).padStart(4)}×  longest ${s.max.toFixed(1).padStart(5)} ms  ${name}`);
  }
} finally {
  await browser.close();
  server.close?.();
}
