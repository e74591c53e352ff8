#!/usr/bin/env node
/**
 * The fast dataset check (core's `isValidDataset`) on large valid data, before and after a change,
 * side by side (the runs alternate the two builds, so the machine's load hits both alike):
 *
 *   node bench/check-speed.mjs [--events=10000,100000,1000000] [--runs=5] [--warm=5]
 *        [--before=/work/main/packages/core/dist] [--after=packages/core/dist]
 *
 * Both sides are built packages (`npm run build`): `--before` another checkout's dist, `--after`
 * this one's. Each run is a fresh Node process (a page checks its data once, with cold code): it
 * builds the bench's seeded synthetic dataset (bench/lib/bench-data.mjs), each event through a JSON
 * round trip as a page's `fetch().json()` gives it (fresh strings), then times the first
 * `isValidDataset` call ("first"), `--warm` more calls ("warm", their median), and, where the build
 * has it, `checkDatasetSteps` drained (warm) with its longest step (the work between two yields).
 * Printed: medians over the runs, in ms of wall-clock time, with the load average; the first call's
 * also in CPU time of the main thread (in brackets), which other jobs on a shared machine inflate
 * far less: under a load of 8, the same build's wall medians differed by 1.3× between the two sides.
 *
 * `--browser`: the same in headless Chromium, where the element runs it: each build bundled alone
 * (esbuild, the two functions only), each run a fresh page that fetches the dataset as JSON
 * (`response.json()`, as the element's users do) and times the first `isValidDataset` call (wall,
 * and the main thread's CPU from the page's `TaskDuration` in thread ticks), and
 * then, on the same data, the first drained `checkDatasetSteps` and its longest step.
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
/**
 * This process's main thread's CPU time so far, in ms (Linux: /proc/self/task/<pid>/schedstat, updated at
 * scheduler ticks, so ±4 ms a reading): on a shared machine it moves far less than the wall clock.
 */
const threadCpu = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;

if (process.argv.includes('--child')) {
  const { benchData } = await import('./lib/bench-data.mjs');
  const core = await import(pathToFileURL(path.resolve(arg('dir'), 'index.js')).href);
  const dataset = benchData(Number(arg('events'))).dataset;
  const data = { ...dataset, events: dataset.events.map((e) => JSON.parse(JSON.stringify(e))) };
  const time = (f) => {
    const t0 = performance.now();
    if (f() !== true) throw new Error(`${arg('dir')}: the check said no to the bench data`);
    return performance.now() - t0;
  };
  const cpu0 = threadCpu();
  const first = time(() => core.isValidDataset(data));
  const firstCpu = threadCpu() - cpu0;
  const warm = [];
  for (let k = 0; k < Number(arg('warm', '5')); k++) warm.push(time(() => core.isValidDataset(data)));
  const steps = [];
  const longest = [];
  if (typeof core.checkDatasetSteps === 'function') {
    for (let k = 0; k < Number(arg('warm', '5')); k++) {
      let most = 0;
      steps.push(time(() => {
        const check = core.checkDatasetSteps(data);
        for (;;) {
          const t0 = performance.now();
          const step = check.next();
          most = Math.max(most, performance.now() - t0);
          if (step.done) return step.value;
        }
      }));
      longest.push(most);
    }
  }
  console.log(JSON.stringify({ first, firstCpu, warm: median(warm), steps: steps.length ? median(steps) : undefined, longest: longest.length ? median(longest) : undefined }));
  process.exit(0);
}

const sizes = arg('events', '10000,100000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const warm = arg('warm', '5');
const sides = [['before', arg('before', '/work/main/packages/core/dist')], ['after', arg('after', 'packages/core/dist')]];
const self = fileURLToPath(import.meta.url);

if (process.argv.includes('--browser')) {
  await inChromium();
  process.exit(0);
}

console.log(`node ${process.version}, ${runs} fresh processes per build and size, ${warm} warm calls each; load at start ${load()}`);
for (const events of sizes) {
  const results = new Map(sides.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, dir] of run % 2 === 0 ? sides : [...sides].reverse()) {
      const out = execFileSync(process.execPath, ['--max-old-space-size=8192', self, '--child', `--dir=${dir}`, `--events=${events}`, `--warm=${warm}`],
        { encoding: 'utf8', maxBuffer: 1 << 20 });
      results.get(name).push(JSON.parse(out.trim().split('\n').at(-1)));
    }
  }
  console.log(`\n${events.toLocaleString('en')} events (load ${load()})`);
  const ms = (x) => (x === undefined ? '      –' : `${x.toFixed(1).padStart(7)}`);
  console.log('          isValidDataset first (CPU)           warm   checkDatasetSteps warm   longest step');
  const medians = new Map();
  for (const [name] of sides) {
    const rs = results.get(name);
    const m = (key) => (rs[0][key] === undefined ? undefined : median(rs.map((r) => r[key])));
    medians.set(name, { first: m('first'), firstCpu: m('firstCpu'), warm: m('warm') });
    console.log(`  ${name.padEnd(6)}              ${ms(m('first'))} (${ms(m('firstCpu'))})  ${ms(m('warm'))}                  ${ms(m('steps'))}        ${ms(m('longest'))}`);
  }
  const [a, b] = sides.map(([name]) => medians.get(name));
  console.log(`  before/after: first ${(a.first / b.first).toFixed(2)}× (CPU ${(a.firstCpu / b.firstCpu).toFixed(2)}×), warm ${(a.warm / b.warm).toFixed(2)}×`);
}

/** The `--browser` mode: fresh Chromium pages, first calls, each build bundled alone. */
async function inChromium() {
  const { launchChromium } = await import('./lib/launch-chromium.mjs');
  const { serveCoreBuilds } = await import('./lib/serve-core-builds.mjs');
  const { server, setEvents } = await serveCoreBuilds(sides, 'check speed');
  const browser = await launchChromium();
  console.log(`Chromium ${browser.version()}, ${runs} fresh pages per build and size; load at start ${load()}`);
  try {
    for (const events of sizes) {
      setEvents(events);
      const results = new Map(sides.map(([name]) => [name, []]));
      for (let run = 0; run < runs; run++) {
        for (const [name] of run % 2 === 0 ? sides : [...sides].reverse()) {
          const page = await browser.newPage();
          // The main thread's CPU time (thread ticks), which other jobs on a shared machine inflate far less than the wall clock.
          const cdp = await page.context().newCDPSession(page);
          const taskCpu = await mainThreadCpu(cdp);
          await page.goto(`${server.url}/index.html`);
          await page.evaluate(async (module) => {
            window.checkSpeed = { core: await import(module), data: await (await fetch('/data.json')).json() };
          }, `/${name}.js`);
          const cpu0 = await taskCpu();
          const first = await page.evaluate(() => {
            const t0 = performance.now();
            if (window.checkSpeed.core.isValidDataset(window.checkSpeed.data) !== true) throw new Error('isValidDataset said no');
            return performance.now() - t0;
          });
          const firstCpu = (await taskCpu()) - cpu0;
          results.get(name).push({ first, firstCpu, ...await page.evaluate(async () => {
            const { core } = window.checkSpeed;
            if (typeof core.checkDatasetSteps !== 'function') return {};
            const again = await (await fetch('/data.json')).json();
            let longest = 0;
            const t0 = performance.now();
            const steps = core.checkDatasetSteps(again);
            for (;;) {
              const s0 = performance.now();
              const step = steps.next();
              longest = Math.max(longest, performance.now() - s0);
              if (step.done) { if (step.value !== true) throw new Error('checkDatasetSteps said no'); break; }
            }
            return { steps: performance.now() - t0, longest };
          }) });
          await page.close();
        }
      }
      console.log(`\n${events.toLocaleString('en')} events (load ${load()})`);
      console.log('          isValidDataset first (CPU)   checkDatasetSteps (same page, fresh data)   longest step');
      const firsts = [];
      for (const [name] of sides) {
        const rs = results.get(name);
        const m = (key) => (rs[0][key] === undefined ? '      –' : median(rs.map((r) => r[key])).toFixed(1).padStart(7));
        firsts.push([median(rs.map((r) => r.first)), median(rs.map((r) => r.firstCpu))]);
        console.log(`  ${name.padEnd(6)}              ${m('first')} (${m('firstCpu')})                     ${m('steps')}           ${m('longest')}`);
      }
      console.log(`  before/after: first ${(firsts[0][0] / firsts[1][0]).toFixed(2)}×, its CPU ${(firsts[0][1] / firsts[1][1]).toFixed(2)}×`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
