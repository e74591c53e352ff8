#!/usr/bin/env node
/**
 * The zoom step's CPU, two builds side by side, paired: both builds' pages (`--a`, `--b`, as
 * bench/lib/build-pages.mjs builds them) render the data, then zoom through the bench's 20 windows
 * (forward, then back, …) with the steps alternating between the two pages (A, B / B, A), each step's
 * main-thread CPU read from its own page (CDP `TaskDuration`, call until painted and settled). A
 * pass of 20 steps gives one ratio B/A; the first pass (cold code) is reported apart.
 *
 * Why: this machine's speed drifts by ±10–30 % within a minute, so two builds measured one after
 * the other (compare-builds.mjs) differ by more than a change of a few per cent. Measured step by
 * step side by side, two copies of the same build read 0.99 (0.93–1.01, 6 passes, load 6).
 *
 * The first pass also gives each of its steps apart (median over the pairs), and `--settle=bench`
 * starts it as bench/run.mjs does (lib/measure-run.mjs): the heap after two full collections, the
 * DOM count and the bench's 1 s pause, each page in turn, instead of a 1.5 s pause.
 *
 *   node bench/zoom-ab.mjs --a=DIR --b=DIR [--events=10000] [--pairs=3] [--passes=4] [--settle=bench]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveTwoBuilds } from './lib/two-builds.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';

const events = Number(arg('events', '10000'));
const pairs = Number(arg('pairs', '3'));
const passes = Number(arg('passes', '4'));
const benchSettle = arg('settle', 'pause') === 'bench';
const { dataset, windows } = benchData(events);
const servers = await serveTwoBuilds(dataset);
const browser = await launchChromium();
const first = { a: [], b: [] };
const firstSteps = { a: [], b: [] };
const later = { a: [], b: [] };
const ratios = [];
const fmt = (xs) => xs.map((x) => x.toFixed(x < 10 ? 2 : 0)).join(' ');
try {
  for (let r = 0; r < pairs; r++) {
    const pages = {};
    for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) {
      const { page, cdp, context } = await openBenchPage(browser, `${servers[k].url}/ours.html`, '/data/ours.json');
      const busy = await mainThreadCpu(cdp);
      await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
      pages[k] = { page, context, busy, cdp };
    }
    if (benchSettle) {
      for (const k of r % 2 ? ['b', 'a'] : ['a', 'b']) {
        await afterRenderAsBench(pages[k].page, pages[k].cdp);
      }
    } else await pages.a.page.waitForTimeout(1500); // both pages' idle-time work after a first drawing
    for (let i = 0; i < passes; i++) {
      const ws = i % 2 ? [...windows].reverse() : windows;
      const cpu = { a: 0, b: 0 };
      const steps = { a: [], b: [] };
      for (let s = 0; s < ws.length; s++) {
        for (const k of (s + i + r) % 2 ? ['b', 'a'] : ['a', 'b']) {
          const before = await pages[k].busy();
          await pages[k].page.evaluate((w) => window.bench.zoomTo(w[0], w[1]), ws[s]);
          const ms = (await pages[k].busy()) - before;
          cpu[k] += ms;
          steps[k].push(ms);
        }
      }
      if (i === 0) for (const k of ['a', 'b']) firstSteps[k].push(steps[k]);
      for (const k of ['a', 'b']) (i === 0 ? first : later)[k].push(cpu[k]);
      if (i > 0) ratios.push(cpu.b / cpu.a);
    }
    for (const k of ['a', 'b']) await pages[k].context.close();
  }
  console.log(`${events.toLocaleString('en-US')} events, ${pairs} page pairs × ${passes} passes of ${windows.length} steps (main-thread CPU, ms per pass)`);
  console.log(`  first pass: A ${median(first.a).toFixed(1)} (${fmt(first.a)}), B ${median(first.b).toFixed(1)} (${fmt(first.b)})`);
  const stepMedians = (k) => windows.map((_, s) => median(firstSteps[k].map((run) => run[s])));
  console.log(`  first pass by step (median): A ${fmt(stepMedians('a'))}`);
  console.log(`                               B ${fmt(stepMedians('b'))}`);
  if (passes > 1) console.log(`  later passes: A ${median(later.a).toFixed(1)}, B ${median(later.b).toFixed(1)}; paired B/A median ${median(ratios).toFixed(3)} (${fmt(ratios)})`);
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close?.();
}
