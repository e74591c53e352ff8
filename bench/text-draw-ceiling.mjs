#!/usr/bin/env node
/**
 * What a zoom step could gain at most from drawing the canvas labels' text faster: one build's page
 * beside the same page with `fillText` and `strokeText` made no-ops (titles, cluster counts, any
 * canvas text: the canvases are still sized, cleared, flushed and composited), zoomed through the
 * bench's 20 windows with the steps alternating between the two pages as zoom-ab.mjs does, each
 * step's main-thread CPU read from its own page. B/A is the ceiling of any cheaper way to draw the
 * same text (cached bitmaps, an atlas): at 10,000 events it read 0.982 (0.92–1.08, 9 passes, load 5–6)
 * and 0.995 (0.94–1.11, load 3–4.4), so the ~5 ms a step that hiding the titles' canvas saves is
 * not its text.
 * `--noop=canvas` makes `clearRect` a no-op too: then no canvas's bitmap changes on a zoom step
 * (the labels' canvas is cleared and redrawn only by those calls), which prices the changed canvas:
 * 0.918 at 10,000 (0.89–1.04, 9 passes, load 1.5–3.4), ~1.2 ms of a ~14 ms step.
 *
 *   node bench/text-draw-ceiling.mjs --a=DIR [--events=10000] [--pairs=3] [--passes=4] [--noop=text|canvas]
 */
import { arg } from './lib/cli-arg.mjs';
import { launchChromium } from './lib/launch-chromium.mjs';
import { benchData } from './lib/bench-data.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveTwoBuilds } from './lib/two-builds.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';
const { dataset, windows } = benchData(Number(arg('events', '10000')));
const dir = arg('a', null);
if (!dir) throw new Error('--a=DIR: a build of the bench pages');
const servers = await serveTwoBuilds(dataset, { a: dir, b: dir });
const browser = await launchChromium();
const calls = arg('noop', 'text') === 'canvas' ? ['fillText', 'strokeText', 'clearRect'] : ['fillText', 'strokeText'];
const noop = `for (const name of ${JSON.stringify(calls)}) CanvasRenderingContext2D.prototype[name] = () => {};`;
const ratios = [];
for (let r = 0; r < Number(arg('pairs', '3')); r++) {
  const pages = {};
  for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) {
    const { page, cdp, context } = await openBenchPage(browser, `${servers.a.url}/ours.html`, '/data/ours.json', k === 'b' ? noop : undefined);
    await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
    pages[k] = { page, cdp, context, busy: await mainThreadCpu(cdp) };
  }
  for (const k of ['a', 'b']) await afterRenderAsBench(pages[k].page, pages[k].cdp);
  for (let pass = 0; pass < Number(arg('passes', '4')); pass++) {
    const cpu = { a: 0, b: 0 };
    const ws = pass % 2 ? [...windows].reverse() : windows;
    for (let s = 0; s < ws.length; s++) for (const k of (s + pass + r) % 2 ? ['b', 'a'] : ['a', 'b']) {
      const b0 = await pages[k].busy();
      await pages[k].page.evaluate((w) => window.bench.zoomTo(w[0], w[1]), ws[s]);
      cpu[k] += (await pages[k].busy()) - b0;
    }
    if (pass > 0) ratios.push(cpu.b / cpu.a);
    console.log(r, pass, 'A (base)', cpu.a.toFixed(0), `B (${calls.join('/')} no-ops)`, cpu.b.toFixed(0));
  }
  for (const k of ['a', 'b']) await pages[k].context.close();
}
ratios.sort((x, y) => x - y);
console.log('B/A median', ratios[Math.floor(ratios.length / 2)].toFixed(3), ratios.map((x) => x.toFixed(2)).join(' '));
await browser.close();
for (const s of Object.values(servers)) await s.close?.();
