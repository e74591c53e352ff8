#!/usr/bin/env node
/**
 * A `src` load, end to end: the bench page (Vite production build, as an app ships it) sets
 * `src` to the bench's synthetic dataset served as JSON (with its Content-Length), and this times
 * it from setting the attribute to the first marks drawn, with the longest main-thread task over
 * that time (a CDP trace of every task: bench/lib/task-trace.mjs) and the frames the page drew.
 *
 *   node bench/src-load.mjs [--events=100000,1000000] [--runs=1]
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { traceTasks } from './lib/task-trace.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const counts = arg('events', '100000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '1'));

await buildPages(['ours']);
const served = new Map();
const server = await serveStatic(path.join(DIST, 'pages'), served);
const browser = await launchChromium();
try {
  for (const events of counts) {
    served.clear();
    served.set('/data/src.json', Buffer.from(JSON.stringify(benchData(events).dataset)));
    const mb = (served.get('/data/src.json').length / 1048576).toFixed(1);
    const rows = [];
    for (let r = 0; r < runs; r++) {
      const { context, page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`);
      const stop = await traceTasks(cdp);
      const result = await page.evaluate(async () => {
        const el = document.createElement('syria-timeline');
        el.style.width = '1200px';
        let frames = 0;
        let longestGap = 0;
        let last = performance.now();
        let done = false;
        const tick = (now) => {
          longestGap = Math.max(longestGap, now - last);
          last = now;
          frames++;
          if (!done) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const progress = [];
        const t0 = performance.now();
        el.setAttribute('src', '/data/src.json');
        document.getElementById('chart').append(el);
        for (;;) {
          await new Promise((r) => setTimeout(r, 20));
          const root = el.shadowRoot;
          const bar = root?.querySelector('[role="progressbar"]');
          const text = bar?.getAttribute('aria-valuetext');
          if (text && progress.at(-1) !== text) progress.push(text);
          if (root?.querySelector('.paint path') || root?.querySelector('.error-state')) break;
          if (performance.now() - t0 > 300_000) break;
        }
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        done = true;
        const error = el.shadowRoot.querySelector('.error-state')?.textContent ?? null;
        return { ms: performance.now() - t0, frames, longestGap, error, progress: progress.length, lastProgress: progress.at(-1) ?? null };
      });
      const tasks = await stop();
      rows.push({ ...result, ...tasks });
      console.log(`${events} events (${mb} MB), run ${r + 1}: drawn after ${result.ms.toFixed(0)} ms; longest task ${tasks.longestMs.toFixed(1)} ms`
        + ` (CPU ${tasks.longestCpuMs.toFixed(1)}), ${tasks.over50} tasks > 50 ms; ${result.frames} frames, longest gap ${result.longestGap.toFixed(0)} ms;`
        + ` ${result.progress} progress texts${result.lastProgress ? ` (last: ${result.lastProgress})` : ''}${result.error ? `; ERROR ${result.error.slice(0, 200)}` : ''}`
        + `\n  longest tasks, wall (CPU) ms: ${tasks.top.map((t) => `${t.ms.toFixed(0)} (${t.cpuMs.toFixed(0)})`).join(', ')}`
        + `\n  busy, wall (CPU) ms: ${Object.entries(tasks.threads).filter(([, t]) => t.wallMs > 50).map(([name, t]) => `${name} ${t.wallMs.toFixed(0)} (${t.cpuMs.toFixed(0)})`).join(', ')}`);
      await context.close();
    }
    if (runs > 1) console.log(`${events} events: median drawn ${median(rows.map((x) => x.ms)).toFixed(0)} ms, median longest task ${median(rows.map((x) => x.longestMs)).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`load: ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`);
