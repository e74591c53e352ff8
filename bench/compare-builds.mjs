#!/usr/bin/env node
/**
 * Our page from two builds, side by side in one run: the bench's own measurement (lib/measure-run.mjs)
 * of `ours.html` served from another checkout's built pages (A) and from this checkout (B), runs
 * alternating A, B / B, A so that the machine's drift falls on both. For before/after comparisons.
 *
 *   git worktree add --detach ../before <commit> && (cd ../before && npm ci)
 *   (cd ../before && node -e "import('./bench/lib/build-pages.mjs').then((m) => m.buildPages(['ours']))")
 *   node bench/compare-builds.mjs --a=../before/bench/dist/pages [--sizes=10000,100000] [--runs=5]
 */
import path from 'node:path';
import { launchChromium } from './lib/launch-chromium.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { benchData } from './lib/bench-data.mjs';
import { measureRun } from './lib/measure-run.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const aDir = arg('a');
if (!aDir) throw new Error('--a: missing, expected the directory of the other build\'s bench pages (…/bench/dist/pages)');
const runs = Number(arg('runs', '5'));
const sizes = arg('sizes', '10000,100000').split(',').map(Number);

await buildPages(['ours']);
const served = new Map(); // the data, fetched by both builds' pages
const servers = { A: await serveStatic(path.resolve(aDir), served), B: await serveStatic(path.join(DIST, 'pages'), served) };
const browser = await launchChromium();
try {
  for (const events of sizes) {
    const { dataset, windows, full } = benchData(events);
    served.set('/data/ours.json', Buffer.from(JSON.stringify(dataset)));
    const results = { A: [], B: [] };
    for (let r = 0; r < runs; r++) {
      for (const name of r % 2 ? ['B', 'A'] : ['A', 'B']) {
        results[name].push(await measureRun({
          // No wheel zoom: the other build's harness may not have it.
          browser, baseUrl: servers[name].url, page: 'ours', dataUrl: '/data/ours.json', windows, full, limitMs: 60_000, wheel: false,
        }));
      }
    }
    for (const name of ['A', 'B']) {
      const ok = results[name].filter((x) => x.status === 'ok');
      const m = (f) => (ok.length ? median(ok.map(f)).toFixed(1) : '–');
      console.log(`${events.toLocaleString('en-US').padStart(7)} ${name} (${ok.length}/${runs} ok): render ${m((x) => x.renderMs)} ms, ` +
        `render CPU ${m((x) => x.renderBusyMs)} ms, longest task ${m((x) => x.renderLongestTaskMs)} ms (${m((x) => x.renderTasksOver50)} over 50 ms), ` +
        `zoom median ${m((x) => x.zoomMedianMs)} ms, p95 ${m((x) => x.zoomP95Ms)} ms, zoom CPU ${m((x) => x.zoomBusyMs)} ms, ` +
        `layout + style ${m((x) => x.zoomLayoutStyleMs)} ms (20 steps)`);
      for (const x of ok) console.log(`    longest render tasks (wall/CPU ms): ${x.renderTopTasks.map((t) => `${t.ms.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close?.();
}
