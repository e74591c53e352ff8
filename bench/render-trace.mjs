#!/usr/bin/env node
/**
 * Where a first render's main-thread time goes by kind of work (script, style, layout, paint,
 * compile, GC): a CDP trace (devtools.timeline) of ours.html's `bench.render` at one size, the
 * top trace events by total duration (nested events overlap their parents), and the render's
 * main-thread tasks. For the fixed cost of a first render (issue 16).
 *
 *   node bench/render-trace.mjs [--events=1000] [--top=30] [--runs=3]
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const events = Number(arg('events', '1000'));
const top = Number(arg('top', '30'));
const runs = Number(arg('runs', '3'));

await buildPages(['ours']);
const { dataset } = benchData(events);
const served = new Map([['/data/ours.json', Buffer.from(JSON.stringify(dataset))]]);
const server = await serveStatic(path.join(DIST, 'pages'), served);
const browser = await launchChromium();
try {
  const totals = new Map();
  const renders = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await p.goto(`${server.url}/ours.html`);
    await p.evaluate(() => window.bench.ready);
    await p.evaluate(async () => { window.__data = await (await fetch('/data/ours.json')).json(); });
    const chunks = [];
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,toplevel', transferMode: 'ReportEvents' });
    const render = await p.evaluate(async () => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
    await cdp.send('Tracing.end');
    await done;
    renders.push(render.ms);
    const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    for (const e of chunks) {
      if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
      const name = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${path.basename(e.args?.data?.url ?? '')}` : e.name;
      totals.set(name, (totals.get(name) ?? 0) + e.dur / 1000 / runs);
    }
    await context.close();
  }
  console.log(`ours, ${events.toLocaleString('en-US')} events, first render: ${renders.map((x) => x.toFixed(0)).join(', ')} ms (call → painted); main-thread ms by trace event, mean of ${runs}:`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
