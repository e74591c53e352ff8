#!/usr/bin/env node
/**
 * A first render, two builds side by side (`--a`, `--b`: directories of built bench pages), runs
 * alternating A, B / B, A: per run, from a trace, the main thread's tasks by thread time (CPU) until
 * `bench.render` resolves (the render: its longest task, the sum, the main thread's idle time) and in the second after it (what
 * the render defers: the hidden list of events in view, 300 ms after the first drawing, and the
 * idle-time warm-up), and the task in which the hidden list got its items (wherever it falls).
 *
 *   node bench/render-ab.mjs --a=DIR --b=DIR [--events=100000] [--runs=6]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveTwoBuilds } from './lib/two-builds.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '6'));
const { dataset } = benchData(events);
const servers = await serveTwoBuilds(dataset);
const browser = await launchChromium();
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

async function run(k) {
  const { context, page, cdp } = await openBenchPage(browser, `${servers[k].url}/ours.html`, '/data/ours.json');
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  const render = await page.evaluate(async () => {
    const d = window.__data; window.__data = undefined;
    // The task that fills the hidden list: stamped by an observer of every shadow root made from now on.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const seen = new MutationObserver((records) => {
        if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'LI' && n.parentElement?.matches('ol[aria-label]:not([part])')))) return;
        console.timeStamp('list filled');
        seen.disconnect();
      });
      seen.observe(root, { childList: true, subtree: true });
      return root;
    };
    console.timeStamp('render start');
    const r = await window.bench.render(d);
    console.timeStamp('render end');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return r;
  });
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = chunks.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const mark = (m) => mine.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts ?? NaN;
  const [from, to, filled] = [mark('render start'), mark('render end'), mark('list filled')];
  const tasks = [];
  let until = -Infinity;
  for (const e of mine.filter((x) => x.ph === 'X' && TASKS.has(x.name)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    tasks.push(e);
  }
  const cpu = (e) => (e.tdur ?? 0) / 1000;
  const during = tasks.filter((t) => t.ts + t.dur >= from && t.ts <= to);
  const after = tasks.filter((t) => t.ts > to);
  return {
    ms: render.ms, longest: Math.max(...during.map(cpu)), longestWall: Math.max(...during.map((t) => t.dur / 1000)), sum: during.reduce((s, t) => s + cpu(t), 0),
    // The main thread with nothing to run (waiting for a chunk, a frame, a timer): the render's wall time not in a task.
    idle: ((to - from) - during.reduce((s, t) => s + Math.min(t.ts + t.dur, to) - Math.max(t.ts, from), 0)) / 1000,
    afterLongest: Math.max(0, ...after.map(cpu)), afterSum: after.reduce((s, t) => s + cpu(t), 0),
    listTask: cpu(tasks.find((t) => t.ts <= filled && filled <= t.ts + t.dur) ?? {}), listInRender: filled <= to ? 1 : 0,
  };
}

try {
  const rows = { a: [], b: [] };
  for (let r = 0; r < runs; r++) for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) rows[k].push(await run(k));
  console.log(`${events.toLocaleString('en-US')} events, ${runs} runs per build, medians (CPU ms from a trace; render wall from the harness)`);
  console.log('build  render wall  longest task  tasks sum  idle   | the second after: longest task  tasks sum | the list\'s task (runs in the render)');
  for (const k of ['a', 'b']) {
    const col = (c) => median(rows[k].map((x) => x[c])).toFixed(1);
    const inRender = rows[k].reduce((n, x) => n + x.listInRender, 0);
    console.log(`${k}      ${col('ms').padStart(9)}  ${col('longest').padStart(12)}  ${col('sum').padStart(9)}  ${col('idle').padStart(5)}   | ${col('afterLongest').padStart(29)}  ${col('afterSum').padStart(9)} | ${col('listTask').padStart(16)} (${inRender})`);
  }
  console.log('render wall per run, a:', rows.a.map((x) => x.ms.toFixed(0)).join(' '), ' b:', rows.b.map((x) => x.ms.toFixed(0)).join(' '));
  console.log('longest task (wall) per run, a:', rows.a.map((x) => x.longestWall.toFixed(1)).join(' '), ' b:', rows.b.map((x) => x.longestWall.toFixed(1)).join(' '), ' medians:', median(rows.a.map((x) => x.longestWall)).toFixed(1), median(rows.b.map((x) => x.longestWall)).toFixed(1));
  console.log('longest tasks (CPU) per run, a:', rows.a.map((x) => x.longest.toFixed(1)).join(' '), ' b:', rows.b.map((x) => x.longest.toFixed(1)).join(' '));
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close?.();
}
