#!/usr/bin/env node
/**
 * What ran in idle time before the bench's zoom, and what each step then cost: a fresh page renders
 * the data, waits `--before` ms, then starts as bench/run.mjs does (two full collections and a DOM
 * count; `--settle=MS` waits MS ms instead), and zooms through the 20 windows. Prints each
 * `requestIdleCallback` callback that ran (when, from the call to `render`, how long, whether by its
 * timeout, and its first characters: the idle layout warm-up's windows are `()=>{t(e[i]),r(i+1)}` in
 * the minified page), then each step's call → painted and main-thread CPU (CDP `TaskDuration`).
 * At 1,000,000 events it shows whether the warm-up (layout-warm-up.ts) had run its four windows
 * when the first zoom came, and how long each of its idle tasks was.
 *
 *   node bench/zoom-idle-log.mjs [--events=100000] [--before=0] [--settle=bench|MS] [--pages=DIR] [--no-build]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';

const events = Number(arg('events', '100000'));
const { dataset, windows } = benchData(events);
const server = await serveOurPage(dataset);
const browser = await launchChromium();
try {
  const { page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json', () => {
    const log = (window.__idleLog = []);
    const ric = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (fn, opts) => ric((deadline) => {
      const t = performance.now();
      try { fn(deadline); } finally { log.push({ at: t, ms: performance.now() - t, timeout: deadline.didTimeout, name: String(fn).slice(0, 60) }); }
    }, opts);
  });
  const t0 = await page.evaluate(() => performance.now());
  const render = await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  const t1 = await page.evaluate(() => performance.now());
  await page.waitForTimeout(Number(arg('before', '0')));
  if (arg('settle', 'bench') === 'bench') await afterRenderAsBench(page, cdp);
  else await page.waitForTimeout(Number(arg('settle')));
  const t2 = await page.evaluate(() => performance.now());
  const busy = await mainThreadCpu(cdp);
  const steps = [];
  const cpu = [];
  for (const w of windows) {
    const b = await busy();
    steps.push((await page.evaluate((x) => window.bench.zoomTo(x[0], x[1]), w)).ms);
    cpu.push((await busy()) - b);
  }
  const log = await page.evaluate(() => window.__idleLog);
  console.log(`render ${render.ms.toFixed(0)} ms; render returned at +${(t1 - t0).toFixed(0)}, zoom starts at +${(t2 - t0).toFixed(0)}`);
  for (const e of log) console.log(`  idle cb at +${(e.at - t0).toFixed(0)} ms, ${e.ms.toFixed(1)} ms${e.timeout ? ' (timeout)' : ''}  ${e.name.replace(/\s+/g, ' ')}`);
  console.log('steps', steps.map((x) => x.toFixed(1)).join(' '));
  console.log('cpu  ', cpu.map((x) => x.toFixed(1)).join(' '));
} finally {
  await browser.close();
  server.close?.();
}
