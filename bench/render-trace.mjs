#!/usr/bin/env node
/**
 * Where a first render's main-thread time goes by kind of work (script, style, layout, paint,
 * compile, GC): a CDP trace (devtools.timeline) of ours.html's `bench.render` at one size, the
 * top trace events by total duration (nested events overlap their parents), and the render's
 * main-thread tasks: the longest ones, each with its own top trace events (what to split next).
 * For the fixed cost of a first render and its long tasks (issue 16).
 *
 *   node bench/render-trace.mjs [--events=1000] [--top=30] [--runs=3] [--tasks=5] [--by=wall|cpu] [--pages=DIR] [--no-build]
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';

const events = Number(arg('events', '1000'));
const top = Number(arg('top', '30'));
const runs = Number(arg('runs', '3'));
const listed = Number(arg('tasks', '5'));
/** `--by=cpu` sorts the kinds of work and the tasks by thread time (on a loaded machine the wall time mostly measures other jobs). */
const byCpu = arg('by', 'wall') === 'cpu';
/** Top-level work on the main thread (as bench/lib/task-trace.mjs counts it). */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const kindOf = (e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${path.basename(e.args?.data?.url ?? '')}` : e.name);

/** The render's main-thread tasks, longest first, each `{ ms, cpuMs, parts }` (its nested events' top kinds). */
function tasksOf(events) {
  const tasks = [];
  let coveredUntil = -Infinity;
  for (const e of events.filter((x) => TASK_NAMES.has(x.name)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + e.dur;
    tasks.push(e);
  }
  tasks.sort(byCpu ? (a, b) => (b.tdur ?? 0) - (a.tdur ?? 0) : (a, b) => b.dur - a.dur);
  return tasks.slice(0, listed).map((t) => {
    const parts = new Map();
    for (const e of events) {
      if (TASK_NAMES.has(e.name) || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur) continue;
      parts.set(kindOf(e), (parts.get(kindOf(e)) ?? 0) + e.dur / 1000);
    }
    return { ms: t.dur / 1000, cpuMs: (t.tdur ?? 0) / 1000, parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6) };
  });
}

const { dataset } = benchData(events);
const server = await serveOurPage(dataset);
const browser = await launchChromium();
try {
  const totals = new Map();
  const renders = [];
  const taskLists = [];
  for (let r = 0; r < runs; r++) {
    const { context, page: p, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
    const chunks = [];
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,toplevel', transferMode: 'ReportEvents' });
    const render = await p.evaluate(async () => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
    await cdp.send('Tracing.end');
    await done;
    renders.push(render.ms);
    const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = chunks.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    for (const e of onMain) {
      if (TASK_NAMES.has(e.name)) continue;
      const t = totals.get(kindOf(e)) ?? { ms: 0, cpuMs: 0 };
      t.ms += e.dur / 1000 / runs;
      t.cpuMs += (e.tdur ?? 0) / 1000 / runs;
      totals.set(kindOf(e), t);
    }
    taskLists.push(tasksOf(onMain));
    await context.close();
  }
  console.log(`ours, ${events.toLocaleString('en-US')} events, first render: ${renders.map((x) => x.toFixed(0)).join(', ')} ms (call → painted); main-thread wall / CPU ms by trace event, mean of ${runs}, by ${byCpu ? 'CPU' : 'wall'}:`);
  const key = byCpu ? 'cpuMs' : 'ms';
  for (const [name, t] of [...totals].sort((a, b) => b[1][key] - a[1][key]).slice(0, top)) {
    console.log(`${t.ms.toFixed(1).padStart(9)} / ${t.cpuMs.toFixed(1).padStart(6)} ms  ${name}`);
  }
  taskLists.forEach((tasks, r) => {
    console.log(`run ${r + 1}: the ${tasks.length} longest main-thread tasks by ${byCpu ? 'CPU' : 'wall'} time (wall / CPU ms; nested events overlap):`);
    for (const t of tasks) console.log(`${t.ms.toFixed(1).padStart(9)} / ${t.cpuMs.toFixed(1).padStart(6)} ms  ${t.parts.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
  });
} finally {
  await browser.close();
  await server.close();
}
