#!/usr/bin/env node
/**
 * Does warm code make our first zoom steps cheap, and does the bench's settling keep it warm? In
 * fresh pages (modes alternating per run), the first render, then:
 *
 *   plain         the bench's settling (lib/measure-run.mjs: two forced full collections, the DOM
 *                 count, a 1 s pause), as bench/run.mjs does before its zoom series;
 *   prewarm       two zoom steps (bench windows 7 and 13) and back to the whole extent, then the
 *                 same settling: the element's whole zoom path has run once, before the collections;
 *   prewarmNoGc   the same two steps and back, then 1.5 s of nothing (no forced collection).
 *
 * then the first 6 of the bench's 20 zoom windows, each step's main-thread CPU (call until
 * painted), medians over the runs per step.
 *
 *   node bench/zoom-prewarm.mjs [--events=10000] [--runs=4]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { median } from './lib/stats.mjs';
const events = Number(arg('events', '10000'));
const runs = Number(arg('runs', '4'));
const { dataset, windows, full } = benchData(events);
const server = await serveOurPage(dataset, { minify: true });
const browser = await launchChromium();
const rows = { plain: [], prewarm: [], prewarmNoGc: [] };
for (let r = 0; r < runs; r++) {
  for (const mode of r % 2 ? ['prewarm', 'plain', 'prewarmNoGc'] : ['plain', 'prewarmNoGc', 'prewarm']) {
    const { page, cdp, context } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
    const busy = await mainThreadCpu(cdp);
    await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
    if (mode !== 'plain') {
      for (const w of [windows[6], windows[12]]) await page.evaluate((x) => window.bench.zoomTo(x[0], x[1]), w);
      await page.evaluate((x) => window.bench.zoomTo(x[0], x[1]), full);
    }
    if (mode !== 'prewarmNoGc') await afterRenderAsBench(page, cdp); else await page.waitForTimeout(1500);
    const steps = [];
    for (const w of windows.slice(0, 6)) { const b = await busy(); await page.evaluate((x) => window.bench.zoomTo(x[0], x[1]), w); steps.push((await busy()) - b); }
    rows[mode].push(steps);
    await context.close();
  }
}
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(12), [0, 1, 2, 3, 4, 5].map((i) => median(v.map((s) => s[i])).toFixed(1)).join(' '));
await browser.close(); server.close?.();
