#!/usr/bin/env node
/**
 * What a zoom step defers, two builds side by side: for each build's pages (`--a`, `--b`, as
 * bench/lib/build-pages.mjs builds them), the bench's paced zoom (from the full view, each of the 20
 * steps, then 500 ms of nothing asked, as `npm run bench` does), the steps alternating between the
 * two pages. Per step, its CPU (CDP `TaskDuration`, the call until it resolves); per pause: the main thread's CPU (CDP `TaskDuration`), the DOM mutation records, and
 * from a trace (`--trace`, one build at a time then) the pause's thread time by kind: script
 * (outermost script events), layout, paint (paint, pre-paint, layerize), style.
 *
 *   node bench/deferred-ab.mjs --a=DIR --b=DIR [--events=100000] [--rounds=2]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveTwoBuilds } from './lib/two-builds.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const events = Number(arg('events', '100000'));
const rounds = Number(arg('rounds', '2'));
const { dataset, windows, full } = benchData(events);
const servers = await serveTwoBuilds(dataset);
const browser = await launchChromium();
const KEYS = ['TaskDuration'];
const tracing = process.argv.includes('--trace');
const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.filter((m) => KEYS.includes(m.name)).map((m) => [m.name, m.value]));

async function startTrace(cdp) {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
}

async function stopTrace(cdp) {
  const chunks = [];
  const onData = (e) => chunks.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return chunks;
}

const SCRIPT = ['FunctionCall', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'v8.callFunction', 'RunMicrotasks'];
const PAINT = ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer'];

/** The renderer main thread's thread time by kind (outermost script events only). */
function byKind(trace) {
  const main = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = trace.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const ms = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  const sum = (list) => list.reduce((s, e) => s + ms(e), 0);
  const scripts = mine.filter((e) => SCRIPT.includes(e.name));
  return {
    script: sum(scripts.filter((e) => !scripts.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur))),
    style: sum(mine.filter((e) => e.name === 'UpdateLayoutTree')),
    layout: sum(mine.filter((e) => e.name === 'Layout')),
    paint: sum(mine.filter((e) => PAINT.includes(e.name))),
  };
}

try {
  const rows = { a: [], b: [] };
  for (let round = 0; round < rounds; round++) {
    const pages = {};
    for (const k of ['a', 'b']) {
      const { page, cdp } = await openBenchPage(browser, `${servers[k].url}/ours.html`, '/data/ours.json');
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
      await page.waitForTimeout(2000);
      await page.evaluate(([a, b]) => window.bench.zoomTo(a, b), full);
      await page.waitForTimeout(1000);
      pages[k] = { page, cdp };
    }
    for (const [start, end] of windows) {
      for (const k of round % 2 ? ['b', 'a'] : ['a', 'b']) {
        const { page, cdp } = pages[k];
        const m0 = await metrics(cdp);
        await page.evaluate(([a, b]) => window.bench.zoomTo(a, b), [start, end]);
        if (tracing) await startTrace(cdp);
        const m1 = await metrics(cdp);
        const changes = await page.evaluate((ms) => window.bench.deferred(ms), 500);
        const m2 = await metrics(cdp);
        const kinds = tracing ? byKind(await stopTrace(cdp)) : {};
        rows[k].push({ step: (m1.TaskDuration - m0.TaskDuration) * 1000, cpu: (m2.TaskDuration - m1.TaskDuration) * 1000, records: changes.records, ...kinds });
      }
    }
    for (const { page } of Object.values(pages)) await page.context().close();
  }
  console.log(`${events.toLocaleString('en-US')} events, ${rows.a.length} paced steps per build; medians per pause (ms, records)`);
  console.log('build  step CPU | pause: CPU    records' + (tracing ? '  script style  layout paint' : ''));
  for (const k of ['a', 'b']) {
    const col = (c) => median(rows[k].map((r) => r[c]));
    console.log(`${k}     ${col('step').toFixed(1).padStart(8)} | ${col('cpu').toFixed(1).padStart(10)} ${String(col('records')).padStart(6)}` +
      (tracing ? `   ${col('script').toFixed(1).padStart(6)} ${col('style').toFixed(1).padStart(5)} ${col('layout').toFixed(1).padStart(6)} ${col('paint').toFixed(1).padStart(5)}` : ''));
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close?.();
}
