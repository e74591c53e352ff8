#!/usr/bin/env node
/**
 * A first render's main-thread tasks in time order, for where its wall time goes beyond its CPU
 * time (issue 16): each task's start (ms from the call), the idle time before it, its wall and CPU
 * time and its main trace events; between them, marks: the page's `console.timeStamp` calls (add
 * some to the element while looking), the requests of lazy chunks (sent, done), and with `--gc`
 * each young/full collection (wall / CPU, heap before → after). Short tasks with no idle time
 * before them are counted, not listed. `--mutations` marks each batch of DOM changes in the
 * element's shadow roots (what made the render's last frame wait). `--gc-tasks` prints one line
 * per run instead: the tasks holding a collection, and the longest task. `--threads` adds, after
 * each run, what the browser's other threads ran meanwhile (CPU ms): the renderer's worker pool by
 * kind (V8's optimising compilers, its collector's helpers, parsing, raster) and the busiest other
 * threads; on 2 shared cores, the main thread's wall time beyond its CPU is mostly its wait for a core.
 *
 *   node bench/render-timeline.mjs [--events=100000] [--runs=1] [--min=2] [--dir=DIR] [--gc] [--mutations] [--gc-tasks] [--threads]
 *
 * `--dir` serves another build's bench pages (default: this checkout's, as built last).
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { DIST } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { backgroundWork, describeBackgroundWork } from './lib/background-work.mjs';

const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '1'));
const min = Number(arg('min', '2'));
const dir = arg('dir', path.join(DIST, 'pages'));
const flag = (name) => process.argv.includes(`--${name}`);
const [withGc, withMutations, gcTasksOnly, withThreads] = [flag('gc') || flag('gc-tasks'), flag('mutations'), flag('gc-tasks'), flag('threads')];
/** Top-level work on the main thread (as bench/lib/task-trace.mjs counts it). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const SHOWN = new Set(['FunctionCall', 'MinorGC', 'MajorGC', 'FireAnimationFrame', 'Layout', 'UpdateLayoutTree', 'Paint', 'TimerFire', 'FireIdleCallback']);
const GCS = new Set(['MinorGC', 'MajorGC']);
const ms = (us) => (us / 1000).toFixed(1);

const { dataset } = benchData(events);
const server = await serveStatic(dir, new Map([['/data/ours.json', Buffer.from(JSON.stringify(dataset))]]));
const browser = await launchChromium();
try {
  for (let r = 0; r < runs; r++) {
    const { context, page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
    const chunks = [];
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    const categories = `devtools.timeline,toplevel,v8${withThreads ? ',disabled-by-default-v8.gc,disabled-by-default-v8.compile' : ''}`;
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    const render = await page.evaluate(async (mutations) => {
      const d = window.__data;
      window.__data = undefined;
      if (mutations) {
        const describe = (n) => (n.nodeType === 1 ? `${n.localName}${n.getAttribute('class') ? `.${n.getAttribute('class').split(' ')[0]}` : ''}${n.getAttribute('part') ? `[${n.getAttribute('part')}]` : ''}` : n.nodeName);
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          new MutationObserver((records) => {
            const kinds = new Set(records.map((x) => `${x.type}:${describe(x.target)}${x.attributeName ? `@${x.attributeName}` : ''}`));
            console.timeStamp(`DOM ${records.length}: ${[...kinds].slice(0, 5).join(' ')}`);
          }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          return root;
        };
      }
      console.timeStamp('render-timeline start');
      const result = await window.bench.render(d);
      console.timeStamp('render-timeline end');
      return result;
    }, withMutations);
    await cdp.send('Tracing.end');
    await done;
    await context.close();

    const main = chunks.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const on = chunks.filter((e) => main && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
    const stamp = (m) => on.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts;
    const [t0, t1] = [stamp('render-timeline start'), stamp('render-timeline end')];
    const tasks = [];
    let until = -Infinity;
    for (const e of on) {
      if (e.ph !== 'X' || !TASKS.has(e.name) || e.ts < until) continue;
      until = e.ts + e.dur;
      if (e.ts + e.dur >= t0 && e.ts <= t1) tasks.push(e);
    }
    const inside = (t, e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur;
    const gcs = on.filter((e) => e.ph === 'X' && GCS.has(e.name) && e.ts >= t0 && e.ts <= t1);
    const longest = tasks.reduce((a, t) => (t.dur > a.dur ? t : a), tasks[0]);
    if (gcTasksOnly) {
      const held = tasks.filter((t) => gcs.some((g) => inside(t, g))).map((t) => `${ms(t.dur)}/${ms(t.tdur ?? 0)} (${gcs.filter((g) => inside(t, g)).length})`);
      console.log(`run ${r + 1}: render ${render.ms.toFixed(0)} ms; tasks holding a collection (wall/CPU ms, collections): ${held.join(', ') || 'none'}; longest task ${ms(longest.dur)}/${ms(longest.tdur ?? 0)}`);
      continue;
    }

    // Marks: the page's time stamps, chunk requests, collections.
    const marks = on.filter((e) => e.name === 'TimeStamp' && e.ts > t0 && e.ts < t1).map((e) => ({ ts: e.ts, text: e.args.data.message }));
    const requests = new Map();
    for (const e of chunks) {
      const id = e.args?.data?.requestId;
      if (!id || e.ts < t0 || e.ts > t1) continue;
      if (e.name === 'ResourceSendRequest') requests.set(id, { url: path.basename(e.args.data.url), send: e.ts });
      if (e.name === 'ResourceFinish' && requests.has(id)) requests.get(id).finish = e.ts;
    }
    for (const { url, send, finish } of requests.values()) marks.push({ ts: send, text: `request ${url}` }, { ts: finish ?? t1, text: `arrived ${url}` });
    if (withGc) for (const g of gcs) marks.push({ ts: g.ts, text: `${g.name} ${ms(g.dur)} / ${ms(g.tdur ?? 0)} ms, heap ${((g.args?.usedHeapSizeBefore ?? 0) / 1e6).toFixed(0)} → ${((g.args?.usedHeapSizeAfter ?? 0) / 1e6).toFixed(0)} MB` });
    marks.sort((a, b) => a.ts - b.ts);

    console.log(`run ${r + 1}: render ${render.ms.toFixed(0)} ms (call → painted); tasks from the call (ms), idle before | wall / CPU, main trace events:`);
    let prevEnd = t0;
    let idle = 0;
    let cpu = 0;
    let small = { n: 0, wall: 0 };
    const flush = () => {
      if (small.n) console.log(`          (${small.n} short tasks, ${small.wall.toFixed(1)} ms)`);
      small = { n: 0, wall: 0 };
    };
    for (const t of tasks) {
      while (marks.length && marks[0].ts < t.ts + t.dur) {
        flush();
        const m = marks.shift();
        console.log(`  ── ${ms(m.ts - t0).padStart(7)}  ${m.text}`);
      }
      const gap = Math.max(0, (t.ts - prevEnd) / 1000);
      idle += gap;
      cpu += (t.tdur ?? 0) / 1000;
      prevEnd = Math.max(prevEnd, t.ts + t.dur);
      if (t.dur / 1000 < min && gap < 1) {
        small.n++;
        small.wall += t.dur / 1000;
        continue;
      }
      flush();
      const kinds = new Map();
      for (const e of on) {
        if (e.ph !== 'X' || !SHOWN.has(e.name) || !inside(t, e)) continue;
        const k = e.name === 'FunctionCall' ? `${e.args?.data?.functionName || '(anonymous)'} ${path.basename(e.args?.data?.url ?? '')}` : e.name;
        kinds.set(k, (kinds.get(k) ?? 0) + e.dur / 1000);
      }
      const parts = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
      console.log(`${ms(t.ts - t0).padStart(9)} +${gap.toFixed(1).padStart(5)} | ${ms(t.dur).padStart(6)} / ${ms(t.tdur ?? 0).padStart(6)}  ${parts}`);
    }
    flush();
    console.log(`${tasks.length} tasks: CPU ${cpu.toFixed(1)} ms, idle between them ${idle.toFixed(1)} ms, longest ${ms(longest.dur)} / ${ms(longest.tdur ?? 0)} ms`);
    if (withThreads) {
      // From the call to the painted frame (the tasks above run on until the page's end stamp).
      const work = describeBackgroundWork(backgroundWork(chunks, t0, t0 + render.ms * 1000, `${main.pid}:${main.tid}`), 6);
      console.log(`  other threads, call → painted (CPU ms): the renderer's worker pool ${work.poolMs.toFixed(1)} (${work.kinds})`);
      console.log(`    busiest threads: ${work.threads}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
