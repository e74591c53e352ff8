#!/usr/bin/env node
/**
 * core's steps between a validated dataset and the first layout, before and after, side by side in
 * one process: `prepareTimeline`, its incremental form `prepareTimelineSteps` (total, which includes
 * building the lanes' indexes, and the p99 and longest slice between two yields), the lanes' indexes (`laneIndex`, built lazily by the first layout)
 * and the first full-view `layoutTimeline`. Medians of `--runs` runs, before and after alternating.
 *
 *   npm run build   # this worktree's packages/core/dist is "after"
 *   node --expose-gc --single-threaded-gc --max-old-space-size=8192 bench/prepare-speed.mjs [--events=10000,100000,1000000] [--runs=7] \
 *     [--before=/work/main/packages/core/dist] [--after=packages/core/dist]
 *
 * The data is the bench's (bench/lib/bench-data.mjs), written to JSON text and parsed back, as a page
 * that fetches it has it (distinct strings, not the generator's shared ones). Times are this process's
 * CPU time (the machine is shared, and wall time moves with the others' load; it includes GC helper
 * threads, hence --single-threaded-gc). Run with --expose-gc so that each timed call starts after a
 * full collection (garbage of the run before is not counted).
 *
 * `--cold`: a page prepares its data once, with cold code, which the runs above do only in their
 * first run. Instead each run is then a fresh Node process per build (the two alternating) that
 * checks the data first (`isValidDataset`, as a page does: its look-ups hash the fresh strings that
 * the preparation looks up again) and times its first call: `prepareTimeline`, and, in a process of its own, `prepareTimelineSteps` drained
 * (the sliced path of ≥ 20,000 events) with its longest slice; then a second call of each (warm).
 *   node bench/prepare-speed.mjs --cold [--browser] [--events=…] [--runs=9] [--before=…] [--after=…]
 * `--cold --browser`: the same in headless Chromium (whose V8 is newer than Node's, with other
 * tiers), each build bundled alone, each run a fresh page that fetches the data as JSON and checks it;
 * CPU ms of the main thread (Chromium's ThreadTime metric before and after each call).
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const sizes = arg('events', '10000,100000,1000000').split(',').map(Number);
const runsArg = arg('runs', '');
const dirs = { before: arg('before', '/work/main/packages/core/dist'), after: arg('after', 'packages/core/dist') };
const WIDTH = 1056;

const load = async (dir) => {
  const url = (file) => pathToFileURL(path.resolve(dir, file)).href;
  const core = await import(url('index.js'));
  const { laneIndex } = await import(url('layout/lane-index.js'));
  return { ...core, laneIndex };
};
const gc = globalThis.gc ?? (() => {});
/** CPU ms of this process (the machine is shared: wall time moves with the others' load) and the result. */
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–').padStart(8);
if (process.argv.includes('--child')) await child();
if (process.argv.includes('--cold')) await cold();
const variants = { before: await load(dirs.before), after: await load(dirs.after) };
const time = (f) => {
  gc();
  const t = cpu();
  const out = f();
  return [cpu() - t, out];
};

/** Drains `steps`, timing each slice between two yields. */
function drain(steps) {
  gc();
  const slices = [];
  const t0 = cpu();
  let t = t0;
  let yields = 0;
  for (;;) {
    const next = steps.next();
    const now = cpu();
    slices.push(now - t);
    t = now;
    if (next.done) {
      const sorted = slices.toSorted((a, b) => a - b);
      return { total: now - t0, longest: sorted.at(-1), p99: sorted[Math.floor(0.99 * (sorted.length - 1))], yields, result: next.value };
    }
    yields++;
  }
}

console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}; gc ${globalThis.gc ? 'forced before each call' : 'not exposed'}`);
for (const n of sizes) {
  const dataset = JSON.parse(JSON.stringify(benchData(n).dataset));
  const runs = Number(runsArg || (n >= 1_000_000 ? 3 : 7));
  const rows = new Map();
  const add = (key, ms) => { if (!rows.has(key)) rows.set(key, []); rows.get(key).push(ms); };
  for (let run = 0; run < runs; run++) {
    for (const [name, core] of Object.entries(variants)) {
      const [prepareMs, prepared] = time(() => core.prepareTimeline(dataset));
      add(`${name} prepareTimeline`, prepareMs);
      const [indexMs] = time(() => { for (const lane of prepared.lanes) core.laneIndex(lane); });
      add(`${name} laneIndex (all lanes)`, indexMs);
      const [layoutMs] = time(() => core.layoutTimeline(prepared, { width: WIDTH }));
      add(`${name} layoutTimeline (full view, indexes built)`, layoutMs);
      const [coldLayoutMs] = time(() => core.layoutTimeline(core.prepareTimeline(dataset), { width: WIDTH }));
      add(`${name} prepare + first layout`, coldLayoutMs);
      if (core.prepareTimelineSteps) {
        const { total, longest, p99, yields } = drain(core.prepareTimelineSteps(dataset));
        add(`${name} prepareTimelineSteps drained (+ lane indexes)`, total);
        add(`${name} prepareTimelineSteps slice p99`, p99);
        add(`${name} prepareTimelineSteps longest slice`, longest);
        add(`${name} prepareTimelineSteps yields`, yields);
      }
    }
  }
  console.log(`\n${n.toLocaleString('en-US')} events, ${runs} runs: median (first run), CPU ms`);
  for (const [key, values] of rows) {
    const unit = key.endsWith('yields') ? '' : ' ms';
    console.log(`  ${key.padEnd(52)}${fmt(median(values))}${unit}  (${fmt(values[0]).trim()})`);
  }
}

/** One `--cold` run: this process's first call of `--fn` on the bench data, then a second (CPU ms). */
async function child() {
  const core = await import(pathToFileURL(path.resolve(arg('dir'), 'index.js')).href);
  const dataset = JSON.parse(JSON.stringify(benchData(Number(arg('events'))).dataset));
  if (core.isValidDataset(dataset) !== true) throw new Error('the check said no to the bench data');
  globalThis.gc?.();
  const call = arg('fn') === 'steps'
    ? () => drain(core.prepareTimelineSteps(dataset))
    : () => { const t = cpu(); core.prepareTimeline(dataset); return { total: cpu() - t }; };
  const first = call();
  globalThis.gc?.();
  const second = call();
  console.log(JSON.stringify({ first: first.total, longest: first.longest, second: second.total }));
  process.exit(0);
}

/** `--cold`: fresh processes, the builds alternating; medians of the first and second calls. */
async function cold() {
  const runs = Number(arg('runs', '9'));
  const sides = Object.entries(dirs);
  const self = fileURLToPath(import.meta.url);
  const browser = process.argv.includes('--browser') ? await inChromium(sides) : undefined;
  const { loadavg: osLoad } = await import('node:os');
  const loadavg = () => osLoad().map((x) => x.toFixed(2)).join(' ');
  console.log(`${browser ? `Chromium ${browser.version}; ${runs} fresh pages` : `node ${process.version}; ${runs} fresh processes`} per build, size and function; CPU ms${browser ? ' (the main thread\'s: Chromium\'s ThreadTime, around each call)' : ''}; load ${loadavg()}`);
  for (const n of arg('events', '10000,100000,1000000').split(',').map(Number)) {
    await browser?.serve(n);
    for (const fn of ['prepare', 'steps']) {
      const results = new Map(sides.map(([name]) => [name, []]));
      for (let run = 0; run < runs; run++) {
        for (const [name, dir] of run % 2 === 0 ? sides : [...sides].reverse()) {
          if (browser) {
            results.get(name).push(await browser.run(name, fn));
            continue;
          }
          const out = execFileSync(process.execPath, ['--expose-gc', '--single-threaded-gc', '--max-old-space-size=8192', self, '--child', `--dir=${dir}`, `--events=${n}`, `--fn=${fn}`],
            { encoding: 'utf8', maxBuffer: 1 << 20 });
          results.get(name).push(JSON.parse(out.trim().split('\n').at(-1)));
        }
      }
      const label = fn === 'steps' ? 'prepareTimelineSteps drained' : 'prepareTimeline';
      console.log(`\n${n.toLocaleString('en-US')} events, ${label} (load ${loadavg()}): median first call, second call${browser ? ', first call\'s process CPU (all threads) and wall time' : ''}${fn === 'steps' ? `, first call's longest slice${browser ? ' (wall)' : ''}` : ''}`);
      for (const [name] of sides) {
        const rs = results.get(name);
        const m = (key) => fmt(median(rs.map((r) => r[key])));
        console.log(`  ${name.padEnd(7)} first ${m('first')}  second ${m('second')}${browser ? `  process ${m('process')}  wall ${m('wall')}` : ''}${fn === 'steps' ? `  longest ${m('longest')}` : ''}   (firsts: ${rs.map((r) => r.first.toFixed(0)).join(' ')})`);
      }
    }
  }
  await browser?.close();
  process.exit(0);
}

/** Headless Chromium for `--cold --browser`: `serve(n)` the data, `run(build, fn)` in a fresh page. */
async function inChromium(sides) {
  const { launchChromium } = await import('./lib/launch-chromium.mjs');
  const { serveCoreBuilds } = await import('./lib/serve-core-builds.mjs');
  const { server, setEvents } = await serveCoreBuilds(sides, 'prepare speed');
  const chromium = await launchChromium();
  return {
    version: chromium.version(),
    serve: setEvents,
    async run(name, fn) {
      const page = await chromium.newPage();
      await page.goto(`${server.url}/index.html`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      /** CPU s of the main thread and of the page's whole process (its compiler and GC threads too), from Chromium's metrics. */
      const times = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return ['ThreadTime', 'ProcessTime'].map((key) => metrics.find((m) => m.name === key).value);
      };
      await page.evaluate(async (module) => {
        globalThis.core = await import(module);
        globalThis.data = await (await fetch('/data.json')).json();
        if (core.isValidDataset(data) !== true) throw new Error('the check said no to the bench data');
      }, `/${name}.js`);
      const call = async () => {
        const [thread, process] = await times();
        const out = await page.evaluate((fn) => {
          const t0 = performance.now();
          if (fn !== 'steps') {
            core.prepareTimeline(data);
            return { total: performance.now() - t0 };
          }
          const steps = core.prepareTimelineSteps(data);
          let longest = 0;
          for (;;) {
            const s0 = performance.now();
            const step = steps.next();
            longest = Math.max(longest, performance.now() - s0);
            if (step.done) return { total: performance.now() - t0, longest };
          }
        }, fn);
        const [threadAfter, processAfter] = await times();
        return { ...out, cpu: 1000 * (threadAfter - thread), process: 1000 * (processAfter - process) };
      };
      const first = await call();
      const second = await call();
      await page.close();
      return { first: first.cpu, process: first.process, wall: first.total, longest: first.longest, second: second.cpu };
    },
    close: async () => { await chromium.close(); await server.close(); },
  };
}
