#!/usr/bin/env node
/**
 * Our zoom, step by step: for each run, each of the 20 steps' time from call to painted frame
 * (the bench's harness) and the main thread's CPU time for it, in a fresh page after the first render.
 *
 *   node bench/zoom-steps.mjs [--events=100000] [--runs=3] [--warm=N] [--pages=DIR] [--no-build]
 *
 * `--warm=N` (a diagnosis, not something the element does): before zooming, lay out the first N
 * zoom windows 3 times with core's `layoutTimeline` in the page, which shares the element's code,
 * so that the JIT has optimised it; the difference to a plain run is what first execution costs.
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median, percentile } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';

const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '3'));
const warm = Number(arg('warm', '0'));

const { dataset, windows } = benchData(events);
// Fetched by the page, as in bench/run.mjs: a million events are too big to pass through `evaluate`.
const server = await serveOurPage(dataset);
const browser = await launchChromium();
const p95s = [];
try {
  for (let r = 0; r < runs; r++) {
    const { context, page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
    const busy = await mainThreadCpu(cdp);
    const render = await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
    if (warm > 0) {
      await page.evaluate(async (ws) => {
        const { prepareTimeline, layoutTimeline } = await window.loadBenchCore();
        const prepared = prepareTimeline(document.querySelector('syria-timeline').data);
        for (let i = 0; i < 3; i++) for (const [start, end] of ws) layoutTimeline(prepared, { width: 1056, domain: { start, end } });
      }, windows.slice(0, warm));
    }
    const wall = [];
    const cpu = [];
    for (const [start, end] of windows) {
      const before = await busy();
      wall.push((await page.evaluate((w) => window.bench.zoomTo(w[0], w[1]), [start, end])).ms);
      cpu.push((await busy()) - before);
    }
    p95s.push(percentile(wall, 95));
    console.log(`run ${r + 1}: first render ${render.ms.toFixed(1)} ms; zoom median ${median(wall).toFixed(1)} ms, p95 ${percentile(wall, 95).toFixed(1)} ms`);
    console.log(`  call → painted, ms: ${wall.map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`  main-thread CPU, ms: ${cpu.map((x) => x.toFixed(1)).join(' ')}`);
    await context.close();
  }
  console.log(`median of the runs' p95: ${median(p95s).toFixed(1)} ms${warm ? ` (after laying out ${warm} windows 3 times)` : ''}`);
} finally {
  await browser.close();
  await server.close?.();
}
