#!/usr/bin/env node
/**
 * Where the fast dataset check's first call spends its time in a fresh Chromium page: a CPU profile
 * (sampled every 100 µs) of `isValidDataset` alone, cold, summed by function over `--runs` pages.
 *
 *   node bench/check-profile.mjs [--events=100000] [--runs=3] [--dir=packages/core/dist] [--top=30]
 *
 * The core build is bundled alone (esbuild) as check-speed --browser does; the data is fetched and
 * parsed (`response.json()`) before the profile starts.
 */
import { arg } from './lib/cli-arg.mjs';
import { launchChromium } from './lib/launch-chromium.mjs';
import { serveCoreBuilds } from './lib/serve-core-builds.mjs';
import { readFileSync } from 'node:fs';

const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '3'));
const top = Number(arg('top', '30'));
const { server, setEvents } = await serveCoreBuilds([['core', arg('dir', 'packages/core/dist')]], 'check profile');
setEvents(events);
const browser = await launchChromium(arg('js-flags', '') ? [`--js-flags=${arg('js-flags', '')}`] : []);
const self = new Map();
let total = 0;
const lines = new Map();
const walls = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/index.html`);
    await page.evaluate(async () => {
      window.checkSpeed = { core: await import('/core.js'), data: await (await fetch('/data.json')).json() };
    });
    if (process.argv.includes('--gc')) {
      const traced = [];
      const collect = (e) => traced.push(...e.value);
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-v8.gc,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
      const t0 = await page.evaluate(() => performance.timeOrigin * 1000 + performance.now() * 1000);
      await page.evaluate(() => window.checkSpeed.core.isValidDataset(window.checkSpeed.data));
      await cdp.send('Tracing.end');
      await complete;
      const main = traced.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const sums = new Map();
      for (const e of traced) {
        if (e.ph !== 'X' || e.pid !== main.pid) continue;
        const where = e.tid === main.tid ? 'main' : 'other';
        const key = `${where} ${e.name}`;
        const s0 = sums.get(key) ?? { n: 0, ms: 0, cpu: 0 };
        s0.n++; s0.ms += (e.dur ?? 0) / 1000; s0.cpu += (e.tdur ?? 0) / 1000;
        sums.set(key, s0);
      }
      for (const e of traced) if (/deopt/i.test(e.name) && e.pid === main.pid) console.log('deopt', e.name, JSON.stringify(e.args).slice(0, 300));
      for (const [key, v] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) console.log(`${v.ms.toFixed(1).padStart(8)} ms ${v.cpu.toFixed(1).padStart(8)} cpu ${String(v.n).padStart(6)}×  ${key}`);
      await page.close();
      continue;
    }
    if (process.argv.includes('--alloc')) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      await page.evaluate(() => window.checkSpeed.core.isValidDataset(window.checkSpeed.data));
      const { profile } = await cdp.send('HeapProfiler.stopSampling');
      const bytes = new Map();
      const walk = (node) => {
        const cf = node.callFrame;
        const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').at(-1)}:${cf.lineNumber + 1}`;
        if (node.selfSize) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
        for (const child of node.children) walk(child);
      };
      walk(profile.head);
      console.log('allocated during the call (sampled), KB:');
      for (const [key, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(b / 1000).toFixed(0).padStart(8)}  ${key}`);
      await page.close();
      continue;
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    walls.push(await page.evaluate(() => {
      const t0 = performance.now();
      if (window.checkSpeed.core.isValidDataset(window.checkSpeed.data) !== true) throw new Error('isValidDataset said no');
      return performance.now() - t0;
    }));
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const cf = byId.get(profile.samples[i]).callFrame;
      const us = profile.timeDeltas[i + 1] ?? 0;
      if (cf.functionName === '(idle)' || cf.functionName === '(program)' && false) continue;
      const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').at(-1)}:${cf.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + us);
      total += us;
    }
    if (process.argv.includes('--lines')) {
      for (const n of profile.nodes) for (const t of n.positionTicks ?? []) {
        const key = `  line ${n.callFrame.url.split('/').at(-1)}:${t.line} (${n.callFrame.functionName})`;
        lines.set(key, (lines.get(key) ?? 0) + t.ticks);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${events.toLocaleString('en')} events, ${runs} fresh pages, load ${load}; first call wall ms: ${walls.map((w) => w.toFixed(1)).join(', ')}`);
console.log(`self time per run, ms (of ${(total / runs / 1000).toFixed(1)} sampled)`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / runs / 1000).toFixed(1).padStart(8)}  ${key}`);
if (lines.size) {
  console.log('hottest lines (samples per run):');
  for (const [key, n] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(n / runs).toFixed(0).padStart(8)}${key}`);
}
