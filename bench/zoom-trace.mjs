#!/usr/bin/env node
/**
 * Our zoom, step by step, from a trace: for each of the 20 steps (the bench's `zoomTo` series, after
 * the first render and a pause for idle-time work), the main thread's CPU time (the trace's thread
 * durations, which the machine's load moves less than wall time) by kind of work: script, style
 * (with the elements restyled), layout (objects laid out), paint, commit, GC, and style or layout
 * forced by script; then the same for the work a step defers (the hidden list, 300 ms after it
 * settles), the first 6 steps again, each followed by 500 ms of nothing asked.
 *
 *   node bench/zoom-trace.mjs [--events=100000] [--pages=DIR] [--pause=2000] [--no-build] [--cpu] [--threads] [--settle=bench]
 *
 * `--pages` serves another build's pages (e.g. main's, built with bench/lib/build-pages.mjs and
 * copied away, for a before/after); `--pause` is the wait after the first render (ms) before
 * zooming; `--cpu` also saves a CPU profile of each of 6 steps' deferred work to
 * /tmp/zoom-trace-deferred-N.cpuprofile (open it in DevTools; unminified pages name functions);
 * `--threads` also prints, per step, what the browser's other threads ran (CPU ms), as render-timeline's, and the
 * main thread's own collection events (scavenges, sweeping);
 * `--settle=bench` starts the zoom as bench/run.mjs does (two full collections, the DOM count, then its 1 s pause) instead of `--pause`.
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median, percentile } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';
import { backgroundWork, cpuList, describeBackgroundWork } from './lib/background-work.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';

const events = Number(arg('events', '100000'));
const pause = Number(arg('pause', '2000'));
const withThreads = process.argv.includes('--threads');
const benchSettle = arg('settle', 'pause') === 'bench';
const { dataset, windows } = benchData(events);
const server = await serveOurPage(dataset);
const browser = await launchChromium();

const KINDS = {
  script: ['FunctionCall', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'v8.callFunction', 'RunMicrotasks'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer'],
  commit: ['Commit'],
  gc: ['MinorGC', 'MajorGC'],
};

/** Main-thread top-level time by kind between marks; style and layout details. */
function byStep(trace, count, prefix, endPrefix = null) {
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = trace.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const marks = mine.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith(prefix)).map((e) => e.ts).sort((a, b) => a - b);
  const ends = endPrefix ? mine.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith(endPrefix)).map((e) => e.ts).sort((a, b) => a - b) : [];
  const rows = [];
  for (let i = 0; i < count; i++) {
    const from = marks[i];
    const to = (endPrefix ? ends[i] : marks[i + 1]) ?? Infinity;
    const inStep = mine.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to);
    const row = { task: 0, script: 0, style: 0, layout: 0, paint: 0, commit: 0, gc: 0, forced: 0, restyled: [], laidOut: [] };
    for (const e of inStep) {
      // Thread time (`tdur`: CPU, not wall clock, so the machine's load moves it less), where the trace has it.
      const ms = (e.tdur ?? e.dur ?? 0) / 1000;
      if (e.name === 'RunTask') row.task += ms;
      if (e.name === 'UpdateLayoutTree') row.restyled.push(e.args?.elementCount ?? '?');
      if (e.name === 'Layout') row.laidOut.push(`${e.args?.beginData?.dirtyObjects ?? '?'}/${e.args?.beginData?.totalObjects ?? '?'}`);
      for (const [kind, names] of Object.entries(KINDS)) if (names.includes(e.name)) row[kind] += ms;
      // Style or layout inside a script event: forced by the script (a read of computed style or geometry).
      if ((e.name === 'UpdateLayoutTree' || e.name === 'Layout') && inStep.some((o) => KINDS.script.includes(o.name) && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur)) row.forced += ms;
    }
    // Script events nest (a FunctionCall inside v8.callFunction): count the outermost only.
    row.script = inStep.filter((e) => KINDS.script.includes(e.name) && !inStep.some((o) => o !== e && KINDS.script.includes(o.name) && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur))
      .reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
    rows.push(row);
  }
  return rows;
}

function print(title, rows, walls) {
  console.log(`\n${title}`);
  console.log('step  wall   task  script style  layout paint commit gc    forced restyled  laid out (dirty/total)');
  rows.forEach((r, i) => console.log(`${String(i + 1).padStart(4)} ${(walls ? walls[i].toFixed(1) : '–').padStart(6)} ${r.task.toFixed(1).padStart(6)} ${r.script.toFixed(1).padStart(6)} ` +
    `${r.style.toFixed(1).padStart(5)} ${r.layout.toFixed(1).padStart(6)} ${r.paint.toFixed(1).padStart(5)} ${r.commit.toFixed(1).padStart(6)} ${r.gc.toFixed(1).padStart(5)} ${r.forced.toFixed(1).padStart(5)}  ` +
    `${r.restyled.join(',').padEnd(9)} ${r.laidOut.join(' ')}`));
  const col = (k) => median(rows.map((r) => r[k])).toFixed(1);
  console.log(`median     ${walls ? median(walls).toFixed(1).padStart(6) : '     –'} ${col('task').padStart(6)} ${col('script').padStart(6)} ${col('style').padStart(5)} ${col('layout').padStart(6)} ${col('paint').padStart(5)} ${col('commit').padStart(6)} ${col('gc').padStart(5)}` +
    (walls ? `   (wall p95 ${percentile(walls, 95).toFixed(1)})` : ''));
}

/** Per step, what the browser's other threads ran (CPU ms): the renderer's worker pool by kind, and the busiest threads. */
function printThreads(trace, count) {
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const marks = trace.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('step'))
    .map((e) => e.ts).sort((a, b) => a - b);
  console.log('\nother threads per step (CPU ms): the renderer\'s worker pool by kind; the busiest other threads; the main thread\'s collection events, where it had any');
  for (let i = 0; i < count; i++) {
    const work = describeBackgroundWork(backgroundWork(trace, marks[i], marks[i + 1], `${main.pid}:${main.tid}`), 4);
    // The main thread's own collection work in the step, by trace event (nested events overlap their parents).
    const g = {};
    for (const e of trace) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < marks[i] || e.ts >= (marks[i + 1] ?? Infinity)) continue;
      if (/GC|Sweep|Scaveng|Evacuat/.test(e.name)) g[e.name] = (g[e.name] ?? 0) + (e.tdur ?? e.dur) / 1000;
    }
    console.log(`${String(i + 1).padStart(4)}  pool ${work.poolMs.toFixed(1).padStart(5)} (${work.kinds}); ${work.threads}`);
    const gc = Object.entries(g).sort((a, b) => b[1] - a[1]).slice(0, 4);
    if (gc.length > 0) console.log(`        the main thread's collection events: ${cpuList(gc.map(([k, v]) => [k, { cpuMs: v }]))}`);
  }
}

try {
  const { page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  const render = await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  if (benchSettle) await afterRenderAsBench(page, cdp);
  else await page.waitForTimeout(pause);
  const trace = async (run) => {
    const chunks = [];
    const onData = (e) => chunks.push(...e.value);
    cdp.on('Tracing.dataCollected', onData);
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    const categories = `devtools.timeline,disabled-by-default-devtools.timeline,v8${withThreads ? ',toplevel,disabled-by-default-v8.gc,disabled-by-default-v8.compile' : ''}`;
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    const out = await run();
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return [out, chunks];
  };
  const [walls, zoomTrace] = await trace(() => page.evaluate(async (ws) => {
    const out = [];
    for (let i = 0; i < ws.length; i++) {
      console.timeStamp(`step ${i}`);
      out.push((await window.bench.zoomTo(ws[i][0], ws[i][1])).ms);
    }
    console.timeStamp('step end');
    return out;
  }, windows));
  console.log(`${events.toLocaleString('en-US')} events: first render ${render.ms.toFixed(1)} ms`);
  print('zoomTo steps (main-thread CPU ms by kind; each step until the next call, the harness\'s quiet frames included)', byStep(zoomTrace, windows.length, 'step'), walls);
  if (withThreads) printThreads(zoomTrace, windows.length);
  if (process.argv.includes('--cpu')) {
    // A CPU profile of the deferred work alone (the 500 ms after each of 6 paced steps), saved for a closer look.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (let i = 0; i < 6; i++) {
      await page.evaluate((w) => window.bench.zoomTo(w[0], w[1]), windows[i]);
      await cdp.send('Profiler.start');
      await page.waitForTimeout(500);
      const { profile } = await cdp.send('Profiler.stop');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(`/tmp/zoom-trace-deferred-${i}.cpuprofile`, JSON.stringify(profile));
    }
  }
  const [, pacedTrace] = await trace(() => page.evaluate(async (ws) => {
    for (let i = 0; i < 6; i++) {
      await window.bench.zoomTo(ws[i][0], ws[i][1]);
      console.timeStamp(`deferred ${i}`);
      await new Promise((r) => setTimeout(r, 500));
      console.timeStamp(`quiet ${i}`);
    }
    console.timeStamp('deferred end');
  }, windows));
  print('the 500 ms after a step settled (paced, first 6 steps again): the deferred work', byStep(pacedTrace, 6, 'deferred', 'quiet'));
} finally {
  await browser.close();
  server.close?.();
}
