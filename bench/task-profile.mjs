#!/usr/bin/env node
/**
 * What the longest main-thread tasks of a first render run: a CPU profile (CDP Profiler, unminified
 * build) of ours.html's `bench.render`, cut into the main thread's tasks (a `toplevel` trace taken
 * at the same time), and for the longest tasks, the functions by total (inclusive) and self time inside each. For
 * splitting the long tasks of the large-data path (issue 16).
 *
 *   node bench/task-profile.mjs [--events=100000] [--tasks=3] [--top=25] [--invalid] [--no-build]
 *
 * Tasks are listed by thread (CPU) time. `--invalid` gives the element data that fails the check (one event's date made invalid).
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { frameName } from './lib/frame-name.mjs';

const events = Number(arg('events', '100000'));
const listed = Number(arg('tasks', '3'));
const top = Number(arg('top', '25'));
/** Top-level work on the main thread (as bench/lib/task-trace.mjs counts it). */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

const { dataset } = benchData(events);
if (process.argv.includes('--invalid')) dataset.events[Math.floor(dataset.events.length * 0.7)].when = { date: '2013-13-45' };
const server = await serveOurPage(dataset, { minify: false });
const browser = await launchChromium();
try {
  const { page: p, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const render = await p.evaluate(async () => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  console.log(`ours, ${events.toLocaleString('en-US')} events: render ${render.ms.toFixed(0)} ms (call → painted)`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n) => frameName(n.callFrame);
  // The tasks, from the trace (same clock as the profile's samples).
  const mains = new Set(chunks.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const runs = chunks.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const tasks = [];
  let coveredUntil = -Infinity;
  for (const e of runs) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + e.dur;
    tasks.push({ start: e.ts, end: e.ts + e.dur, cpu: (e.tdur ?? 0) / 1000, samples: [] });
  }
  let t = profile.startTime;
  let k = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    while (k < tasks.length && tasks[k].end < t) k++;
    if (k < tasks.length && tasks[k].start <= t) tasks[k].samples.push([profile.samples[i], profile.timeDeltas[i + 1] ?? 0]);
  }
  tasks.splice(0, tasks.length, ...tasks.filter((x) => x.samples.length > 0 && x.start > profile.startTime));
  tasks.sort((a, b) => b.cpu - a.cpu);
  console.log(`tasks: ${tasks.length}; longest (wall/CPU ms): ${tasks.slice(0, 10).map((x) => `${((x.end - x.start) / 1000).toFixed(1)}/${x.cpu.toFixed(1)}`).join(', ')}`);
  for (const task of tasks.slice(0, listed)) {
    const self = new Map();
    const total = new Map();
    for (const [id, dt] of task.samples) {
      const ms = dt / 1000;
      self.set(nameOf(byId.get(id)), (self.get(nameOf(byId.get(id))) ?? 0) + ms);
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const k = nameOf(byId.get(n));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + ms);
      }
    }
    console.log(`\ntask of ${((task.end - task.start) / 1000).toFixed(1)} ms (CPU ${task.cpu.toFixed(1)}) at +${((task.start - profile.startTime) / 1000).toFixed(0)} ms; by total time:`);
    for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
    console.log('  by self time:');
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
