#!/usr/bin/env node
/**
 * Where the fast dataset check's first call (`isValidDataset`, cold) spends its time, in fresh
 * Chromium pages (one build; check-speed.mjs compares two):
 *
 *   node bench/check-profile.mjs [--events=100000] [--runs=3] [--dir=packages/core/dist] [--top=30] [MODE]
 *
 * MODE (one):
 * - none: a CPU profile of the call (sampled every 100 µs), self time by function, summed over the
 *   runs; `--lines` adds the hottest source lines (of the bundle, printed with its path).
 * - `--twice`: the call cold, then again on a second parse of the data in the same page (warm code,
 *   fresh objects), wall and main-thread CPU: how much of the first call is cold code.
 * - `--steps`: `checkDatasetSteps` cold, one step per task, the main-thread CPU of the first step, the
 *   next 4, the next 5 and the rest (each step's reading includes ~1 ms of the page's own task).
 * - `--v8`: a trace of the call: V8's work by kind (collections, compilers) on the main thread and
 *   on the page's other threads, wall and CPU.
 * - `--alloc`: what the call allocates, by function (sampling heap profiler, collected objects too).
 *
 * The build's index.js is bundled alone by esbuild (lib/serve-core-builds.mjs, as check-speed
 * --browser does); each page fetches and parses the bench's dataset (`response.json()`) first.
 */
import { readFileSync } from 'node:fs';
import { arg } from './lib/cli-arg.mjs';
import { launchChromium } from './lib/launch-chromium.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { serveCoreBuilds } from './lib/serve-core-builds.mjs';
import { frameName } from './lib/frame-name.mjs';

const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '3'));
const top = Number(arg('top', '30'));
const mode = ['--twice', '--steps', '--v8', '--alloc'].find((m) => process.argv.includes(m)) ?? 'profile';
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
const printTop = (map, format) => {
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${format(n).padStart(8)}  ${key}`);
};

const { server, setEvents } = await serveCoreBuilds([['core', arg('dir', 'packages/core/dist')]], 'check profile');
setEvents(events);
const browser = await launchChromium();
console.log(`${events.toLocaleString('en')} events, ${runs} fresh pages, mode ${mode}; load at start ${load()}`);
const self = new Map();
const lines = new Map();
const allocated = new Map();
const v8 = new Map();
let sampled = 0;

/** The cold call, timed in the page (wall ms). */
const firstCall = (page) => page.evaluate(() => {
  const t0 = performance.now();
  if (window.checkSpeed.core.isValidDataset(window.checkSpeed.data) !== true) throw new Error('isValidDataset said no');
  return performance.now() - t0;
});

const MODES = {
  async profile(page, cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const wall = await firstCall(page);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const cf = byId.get(profile.samples[i]).callFrame;
      if (cf.functionName === '(idle)') continue;
      const us = profile.timeDeltas[i + 1] ?? 0;
      add(self, frameName(cf), us);
      sampled += us;
    }
    for (const n of profile.nodes) for (const t of n.positionTicks ?? []) add(lines, `line ${t.line} (${n.callFrame.functionName})`, t.ticks);
    return `wall ${wall.toFixed(1)} ms`;
  },
  async '--twice'(page, cdp) {
    const cpu = await mainThreadCpu(cdp);
    await page.evaluate(async () => { window.checkSpeed.again = await (await fetch('/data.json')).json(); });
    const row = [];
    for (const which of ['data', 'again']) {
      const c0 = await cpu();
      const wall = await page.evaluate((w) => {
        const t0 = performance.now();
        if (window.checkSpeed.core.isValidDataset(window.checkSpeed[w]) !== true) throw new Error('isValidDataset said no');
        return performance.now() - t0;
      }, which);
      row.push(`${wall.toFixed(1)} (${((await cpu()) - c0).toFixed(1)})`);
    }
    return `cold ${row[0]}, warm ${row[1]} ms wall (CPU)`;
  },
  async '--steps'(page, cdp) {
    const cpu = await mainThreadCpu(cdp);
    await page.evaluate(() => { window.checkSpeed.steps = window.checkSpeed.core.checkDatasetSteps(window.checkSpeed.data); });
    const out = [];
    for (let done = false; !done;) {
      const c0 = await cpu();
      done = await page.evaluate(() => window.checkSpeed.steps.next().done);
      out.push((await cpu()) - c0);
    }
    return `CPU ms: first step ${out[0].toFixed(1)}, 2nd–5th ${sum(out.slice(1, 5)).toFixed(1)}, 6th–10th ${sum(out.slice(5, 10)).toFixed(1)}, ` +
      `the other ${out.length - 10} ${sum(out.slice(10)).toFixed(1)}, all ${sum(out).toFixed(1)}`;
  },
  async '--v8'(page, cdp) {
    const traced = [];
    const collect = (e) => traced.push(...e.value);
    cdp.on('Tracing.dataCollected', collect);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'v8,disabled-by-default-v8.gc,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
    const wall = await firstCall(page);
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const main = traced.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    for (const e of traced) {
      if (e.ph !== 'X' || e.pid !== main.pid) continue;
      const key = `${e.tid === main.tid ? 'main ' : 'other'} ${e.name}`;
      const s = v8.get(key) ?? { n: 0, ms: 0, cpu: 0 };
      s.n++;
      s.ms += (e.dur ?? 0) / 1000;
      s.cpu += (e.tdur ?? 0) / 1000;
      v8.set(key, s);
    }
    return `wall ${wall.toFixed(1)} ms`;
  },
  async '--alloc'(page, cdp) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const wall = await firstCall(page);
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const walk = (node) => {
      if (node.selfSize) add(allocated, frameName(node.callFrame), node.selfSize);
      for (const child of node.children) walk(child);
    };
    walk(profile.head);
    return `wall ${wall.toFixed(1)} ms`;
  },
};

try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/index.html`);
    await page.evaluate(async () => {
      window.checkSpeed = { core: await import('/core.js'), data: await (await fetch('/data.json')).json() };
    });
    console.log(`  run ${run + 1}: ${await MODES[mode](page, cdp)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`load at end ${load()}`);
if (mode === 'profile') {
  console.log(`self time per run, ms (of ${(sampled / runs / 1000).toFixed(1)} sampled; lines are those of the esbuild bundle of the build)`);
  printTop(self, (us) => (us / runs / 1000).toFixed(1));
  if (process.argv.includes('--lines')) {
    console.log('hottest lines of the bundle, ms per run:');
    printTop(lines, (ticks) => (ticks / runs / 10).toFixed(1));
  }
}
if (mode === '--alloc') {
  console.log('allocated during the call (sampled), KB per run:');
  printTop(allocated, (b) => (b / runs / 1000).toFixed(0));
}
if (mode === '--v8') {
  console.log('V8 trace events during the call, per run: wall ms, CPU ms, count');
  for (const [key, s] of [...v8].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, top)) {
    console.log(`${(s.ms / runs).toFixed(1).padStart(8)} ${(s.cpu / runs).toFixed(1).padStart(8)} ${String(Math.round(s.n / runs)).padStart(6)}×  ${key}`);
  }
}
