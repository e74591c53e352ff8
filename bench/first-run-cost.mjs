#!/usr/bin/env node
/**
 * How much of a first render's main-thread CPU is first-run cost (compiling functions on their
 * first call, their first type feedback, first-use set-up), two builds side by side. Each run is a
 * fresh page of each build (`--a`, `--b`: directories of built bench pages), alternating A, B / B, A,
 * in which the render of `--events` is timed as the bench times it (CDP's TaskDuration in thread
 * time, from the call until the last change is painted, no trace), in two modes:
 *
 *   cold    as the bench does: the page's code has never run;
 *   warmed  after the same page drew `--warm-events` events once (in an element removed again), so
 *           the code the render runs is compiled and has seen its types: what remains is the work
 *           that grows with the data.
 *
 * cold − warmed is the first-run cost. Printed: each run and the medians, with the load.
 *
 *   node bench/first-run-cost.mjs --a=DIR --b=DIR [--events=10000] [--runs=8] [--warm-events=30] [--modes=cold,warmed,idle,held] [--idle-ms=1000] [--hint=b]
 *
 * `--hint=b` (or `a`): that build's pages are served from a copy whose JavaScript files all begin with
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+), so that V8 compiles
 * their functions as it streams them, off the main thread, instead of on their first call: what
 * moving the compilation off the main thread would give. (The hint must be a file's first line:
 * further down, V8 ignores it; and bundlers drop it from a module's source, so only an app's build
 * can put it there.) `--a` and `--b` may then be the same directory.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveTwoBuilds, twoBuildDirs } from './lib/two-builds.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';

const events = Number(arg('events', '10000'));
const runs = Number(arg('runs', '8'));
const modes = arg('modes', 'cold,warmed').split(',');
const small = benchData(Number(arg('warm-events', '30'))).dataset;
const hinted = arg('hint', '');
const dirs = twoBuildDirs();
if (hinted && !(hinted in dirs)) throw new Error(`--hint: got ${hinted}, expected a or b`);
let hintCopy = null;
if (hinted) {
  hintCopy = mkdtempSync(path.join(os.tmpdir(), 'first-run-hint-'));
  cpSync(dirs[hinted], hintCopy, { recursive: true });
  const assets = path.join(hintCopy, 'assets');
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    writeFileSync(path.join(assets, file), `//# allFunctionsCalledOnLoad\n${readFileSync(path.join(assets, file), 'utf8')}`);
  }
  dirs[hinted] = hintCopy;
}
const servers = await serveTwoBuilds(benchData(events).dataset, dirs);
const browser = await launchChromium();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Before the page's scripts: idle callbacks wait in a queue until `window.__releaseIdle()`. */
function holdIdleCallbacks() {
  const held = [];
  const browserIdle = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) => held.push([callback, options]);
  window.__releaseIdle = () => {
    window.requestIdleCallback = browserIdle;
    for (const [callback, options] of held.splice(0)) browserIdle(callback, options);
  };
}

/** One fresh page of build `k`: the render's main-thread CPU (ms), cold or after a small render in the same page. */
async function run(k, mode) {
  const { context, page, cdp } = await openBenchPage(browser, `${servers[k].url}/ours.html`, '/data/ours.json', mode === 'held' ? holdIdleCallbacks : undefined);
  try {
    if (mode === 'idle') await page.waitForTimeout(Number(arg('idle-ms', '1000')));
    if (mode === 'warmed') {
      await page.evaluate(async (data) => {
        const el = document.createElement('syria-timeline');
        el.style.width = '1200px';
        el.data = data;
        document.body.append(el);
        await el.updateComplete;
        // Past the hidden list's 300 ms hold and the idle warm-up, so that nothing of it runs in the render timed.
        await new Promise((resolve) => setTimeout(resolve, 800));
        el.remove();
      }, small);
    }
    const taskMs = await mainThreadCpu(cdp);
    const before = await taskMs();
    await page.evaluate(async () => {
      const d = window.__data;
      window.__data = undefined;
      return window.bench.render(d);
    });
    const ms = (await taskMs()) - before;
    if (mode === 'held') await page.evaluate(() => window.__releaseIdle());
    return ms;
  } finally {
    await context.close();
  }
}

try {
  console.log(`${events.toLocaleString('en-US')} events, first render's main-thread CPU (ms, TaskDuration in thread time)${hinted ? `, ${hinted.toUpperCase()} with the compile hint` : ''}, load ${load()}`);
  for (const mode of modes) {
    const ms = { a: [], b: [] };
    for (let r = 0; r < runs; r++) for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) ms[k].push(await run(k, mode));
    for (const k of ['a', 'b']) {
      console.log(`  ${mode.padEnd(6)} ${k.toUpperCase()}: median ${median(ms[k]).toFixed(1).padStart(6)}   (${ms[k].map((x) => x.toFixed(0)).join(' ')})`);
    }
  }
  console.log(`load ${load()}`);
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close?.();
  if (hintCopy) rmSync(hintCopy, { recursive: true, force: true });
}
