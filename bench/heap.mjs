#!/usr/bin/env node
/**
 * Heap per event after our first render, as bench/run.mjs measures it (CDP Runtime.getHeapUsage
 * usedSize after two HeapProfiler.collectGarbage, right after the first render), without the
 * rest of the bench: one page, one size, in a few seconds.
 *
 *   node bench/heap.mjs [--events=1000000] [--runs=1] [--wait=0] [--snapshot=file.heapsnapshot] [--no-build]
 *
 * `--wait=<ms>` measures again that long after the render (idle-time work, e.g. the layout
 * warm-up, done by then). `--snapshot` also writes a heap snapshot (open it in DevTools → Memory,
 * or summarise it with bench/heap-summary.mjs); at 1M events it is large, prefer ≤ 200,000.
 * `--no-build` serves bench/dist/pages as it is (e.g. built by another worktree).
 */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { heapAfterGc } from './lib/measure-run.mjs';
import { arg } from './lib/cli-arg.mjs';

const events = Number(arg('events', '1000000'));
const runs = Number(arg('runs', '1'));
const wait = Number(arg('wait', '0'));
const snapshot = arg('snapshot', '');

async function writeSnapshot(cdp, file) {
  const out = createWriteStream(file);
  const onChunk = ({ chunk }) => out.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await new Promise((resolve) => out.end(resolve));
}

if (!process.argv.includes('--no-build')) await buildPages(['empty', 'ours']);
const { dataset } = benchData(events);
const served = new Map([['/data/heap.json', Buffer.from(JSON.stringify(dataset))]]);
const server = await serveStatic(path.join(DIST, 'pages'), served);
const browser = await launchChromium();
const kb = (bytes) => (bytes / 1024 / events).toFixed(4);
try {
  for (let run = 0; run < runs; run++) {
    const { context, page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/heap.json');
    const render = await page.evaluate(async () => {
      const data = window.__data;
      window.__data = undefined;
      return window.bench.render(data);
    });
    const problem = await page.evaluate(() => window.bench.check());
    if (problem) throw new Error(`after render: ${problem}`);
    const used = await heapAfterGc(cdp);
    let line = `${events.toLocaleString('en-US')} events: render ${render.ms.toFixed(0)} ms, heap ${(used / 2 ** 20).toFixed(1)} MiB = ${kb(used)} KB/event`;
    if (wait > 0) {
      await page.waitForTimeout(wait);
      const later = await heapAfterGc(cdp);
      line += `; ${wait} ms later ${(later / 2 ** 20).toFixed(1)} MiB = ${kb(later)} KB/event`;
    }
    console.log(line);
    if (snapshot && run === 0) {
      await writeSnapshot(cdp, snapshot);
      console.log(`snapshot: ${snapshot}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
