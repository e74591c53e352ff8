#!/usr/bin/env node
/**
 * The browser benchmark (issue 5): <syria-timeline> against vis-timeline and timelines-chart,
 * side by side, in fresh pages of headless Debian Chromium. See RESULTS.md for what each
 * column means and how it is measured.
 *
 *   npm run bench          1k / 10k / 100k events, 5 / 5 / 3 runs, medians; ours alone at 1M, 1 run
 *   npm run bench:quick    every library at 1k and ours at 10k, one run each (CI smoke test:
 *                          fails only on breakage, never on slowness)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, launchChromium } from './lib/launch-chromium.mjs';
import { SEED, benchData } from './lib/bench-data.mjs';
import { toTimelinesChart } from './convert/to-timelines-chart.mjs';
import { toVisTimeline } from './convert/to-vis-timeline.mjs';
import { DIST, buildPages } from './lib/build-pages.mjs';
import { elementBundleSizes } from './lib/element-bundle.mjs';
import { buildPackages, userBundleSizes } from './lib/user-bundle.mjs';
import { pageAssetSizes } from './lib/gzip-size.mjs';
import { DEFER_WINDOW_MS, measureEmpty, measureRun } from './lib/measure-run.mjs';
import { floorLine, goalLines, goals, table, zoomTable } from './lib/report.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { median } from './lib/stats.mjs';
import { summarize } from './lib/summarize.mjs';
import { ZOOM_STEPS } from './lib/zoom-windows.mjs';
import { bundleBreakdown } from './lib/bundle-breakdown.mjs';
import { sizeWhatIf } from './lib/size-what-if.mjs';
import { markdownReport, userBundleLine } from './lib/markdown-report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
/** `--only=vis-timeline,timelines-chart`: run (and build) only these libraries. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

/** `gc()` in the pages, for the heap after collection. */
const JS_FLAGS = ['--js-flags=--expose-gc'];

/**
 * `label` is the row's name in the tables: ours draws the event titles on the plot in every row
 * (always, since issue 11: there is no attribute to turn them off). Every page also zooms by wheel
 * events where its adapter says how (timelines-chart zooms by its brush only). `paced`: also the paced zoom that counts the
 * work a step defers (ours: the hidden list for screen readers, rebuilt 300 ms after a view settles).
 */
const LIBRARIES = [
  { name: 'syria-timeline', label: 'syria-timeline (titles on)', page: 'ours', convert: (d) => d, paced: true },
  { name: 'vis-timeline', page: 'vis-timeline', convert: toVisTimeline },
  { name: 'timelines-chart', page: 'timelines-chart', convert: toTimelinesChart },
].filter((l) => !only || only.includes(l.name));

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** `--sizes=1000,10000` and `--runs=1` narrow the full plan (for investigating one case). */
const onlySizes = arg('sizes')?.split(',').map(Number);
const runsOverride = arg('runs') ? Number(arg('runs')) : undefined;

/**
 * What to run: per size, which libraries and how many runs; and the time limit of each phase
 * (`limitMs` of a size overrides the plan's). A million events are ours alone: the others time
 * out at 10,000 (vis-timeline) or take ~13 s to render 100,000 (timelines-chart).
 */
const FULL_PLAN = quick
  ? { limitMs: 30_000, sizes: [
    { events: 1_000, runs: 1, libraries: ['syria-timeline', 'vis-timeline', 'timelines-chart'] },
    { events: 10_000, runs: 1, libraries: ['syria-timeline'] },
  ] }
  : { limitMs: 60_000, sizes: [
    { events: 1_000, runs: 5, libraries: LIBRARIES.map((l) => l.name) },
    { events: 10_000, runs: 5, libraries: LIBRARIES.map((l) => l.name) },
    { events: 100_000, runs: 3, libraries: LIBRARIES.map((l) => l.name) },
    { events: 1_000_000, runs: 1, libraries: ['syria-timeline'], limitMs: 300_000 },
  ] };
const PLAN = {
  ...FULL_PLAN,
  sizes: FULL_PLAN.sizes
    .filter((s) => !onlySizes || onlySizes.includes(s.events))
    .map((s) => ({ ...s, runs: runsOverride ?? s.runs })),
};
/** After a run whose render and zoom took longer than this (wheel and paced series not counted), that library gets one run only at that size. */
const SLOW_RUN_MS = 20_000;

const log = (...a) => console.log(...a);

async function main() {
  const started = Date.now();

  log('Building the pages (vite, production) …');
  await buildPages(['empty', 'floor', ...LIBRARIES.map((l) => l.page)]);
  let userBundle = null;
  if (LIBRARIES.some((l) => l.page === 'ours')) {
    log('Building the packages (dist/) and a tiny app with esbuild --splitting …');
    await buildPackages();
    userBundle = await userBundleSizes();
  }
  const oursLib = LIBRARIES.some((l) => l.page === 'ours') ? await elementBundleSizes() : null;
  const oursLibGzip = oursLib?.firstLoadGzip ?? Number.NaN;
  const pageGzip = {};
  for (const lib of LIBRARIES) pageGzip[lib.name] = await pageAssetSizes(path.join(DIST, 'pages'), `${lib.page}.html`);

  const served = new Map(); // the data, fetched by the pages (see serveStatic)
  const server = await serveStatic(path.join(DIST, 'pages'), served);
  let browser = await launchChromium(JS_FLAGS);
  const machine = {
    cpu: os.cpus()[0]?.model, cpus: os.cpus().length, memGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, chromium: browser.version(),
    date: new Date().toISOString(),
    // The machine is shared (other jobs may run): the load average says how quiet it was.
    loadAvgAtStart: os.loadavg().map((x) => +x.toFixed(2)),
  };
  log(`Machine: ${machine.cpu} × ${machine.cpus}, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`);

  const empty = [];
  for (let i = 0; i < 3; i++) empty.push(await measureEmpty(browser, server.url));
  const emptyHeap = median(empty.map((e) => e.heap));
  const floor = await measureFloor(browser, server.url, served);
  log(`${floorLine(floor)}.`);

  const raw = [];
  const rows = [];
  const blocked = new Map(); // library → why larger sizes are skipped
  let broken = false;
  for (const size of PLAN.sizes) {
    const libs = LIBRARIES.filter((l) => size.libraries.includes(l.name));
    if (libs.length === 0) continue;
    const limitMs = size.limitMs ?? PLAN.limitMs;
    const { dataset, intervals, windows, full } = benchData(size.events);
    const dataUrl = {};
    for (const lib of libs) {
      dataUrl[lib.name] = `/data/${lib.page}-${size.events}.json`;
      served.set(dataUrl[lib.name], Buffer.from(JSON.stringify(lib.convert(dataset, intervals))));
    }
    const runs = Object.fromEntries(libs.map((l) => [l.name, []]));
    const maxRuns = Object.fromEntries(libs.map((l) => [l.name, size.runs]));
    for (let r = 0; r < size.runs; r++) {
      // Rotate the order each run so no library always goes first on a cold browser.
      for (const lib of libs.slice(r % libs.length).concat(libs.slice(0, r % libs.length))) {
        if (blocked.has(lib.name) || runs[lib.name].length >= maxRuns[lib.name]) continue;
        const t = Date.now();
        const result = await measureRun({
          browser, baseUrl: server.url, page: lib.page, dataUrl: dataUrl[lib.name], windows, full, limitMs, paced: lib.paced,
        });
        const wall = Date.now() - t;
        runs[lib.name].push(result);
        raw.push({ library: lib.name, events: size.events, run: r, wallMs: wall, ...result });
        log(`${lib.name.padEnd(16)} ${String(size.events).padStart(7)}  run ${r + 1}: ${result.status}` +
          `  render ${result.renderMs?.toFixed(1) ?? '–'} ms (CPU ${result.renderBusyMs?.toFixed(0) ?? '–'}, longest task ${result.renderLongestTaskMs?.toFixed(0) ?? '–'})` +
          `  zoom p95 ${result.zoomP95Ms?.toFixed(1) ?? '–'} ms (CPU ${result.zoomBusyMs?.toFixed(0) ?? '–'})` +
          (result.wheelP95Ms !== undefined ? `  wheel p95 ${result.wheelP95Ms.toFixed(1)} ms` : '') +
          (result.deferredCpuMs !== undefined ? `  deferred ${result.deferredCpuMs.toFixed(1)} ms/step` : '') +
          (result.errors.length ? `  [${result.errors.slice(0, 2).join('; ')}]` : ''));
        if (result.status === 'error') broken = true;
        if ((result.renderZoomWallMs ?? wall) > SLOW_RUN_MS) maxRuns[lib.name] = 1;
        if (result.status !== 'ok') maxRuns[lib.name] = runs[lib.name].length;
        if (!browser.isConnected()) browser = await launchChromium(JS_FLAGS);
      }
    }
    for (const lib of libs) served.delete(dataUrl[lib.name]);
    for (const lib of libs) {
      const skipped = blocked.get(lib.name);
      const row = summarize({ library: lib.name, events: size.events, runs: runs[lib.name], skipped, emptyHeap, gzipBytes: pageGzip[lib.name].gzip, limitMs, zoomSteps: ZOOM_STEPS });
      row.label = lib.label ?? lib.name;
      rows.push(row);
      if (skipped) continue;
      // Skip the next size when this one timed out, or when even linear growth would pass the limit.
      const next = PLAN.sizes[PLAN.sizes.indexOf(size) + 1];
      const predicted = next ? (row.renderMs * next.events) / size.events : 0;
      const nextLimit = next?.limitMs ?? PLAN.limitMs;
      if (row.status.startsWith('timeout')) blocked.set(lib.name, `skipped (timeout at ${size.events.toLocaleString('en-US')})`);
      else if (row.status !== 'ok') blocked.set(lib.name, `skipped (${row.status} at ${size.events.toLocaleString('en-US')})`);
      else if (predicted > nextLimit) blocked.set(lib.name, `skipped (render predicted ≥ ${Math.round(predicted / 1000)} s)`);
    }
    // The full plan says which libraries a size leaves out (the quick plan leaves out the others at 10,000 to stay short).
    if (!quick) for (const lib of LIBRARIES.filter((l) => !libs.includes(l))) {
      rows.push({ library: lib.name, label: lib.label ?? lib.name, events: size.events, runs: 0, gzipKiB: pageGzip[lib.name].gzip / 1024, status: `not run (${size.libraries.join(', ')} only at this size)` });
    }
  }
  await browser.close();
  await server.close();
  machine.loadAvgAtEnd = os.loadavg().map((x) => +x.toFixed(2));

  const oursGzipKiB = oursLibGzip / 1024;
  const goalList = goals(rows, oursGzipKiB, userBundle && userBundle.firstLoadGzip / 1024);
  // Where our bundle's bytes go (full runs only: it takes five more builds).
  const sizes = { oursLibraryGzipBytes: oursLibGzip, oursLibrary: oursLib, pages: pageGzip, userBundle };
  if (!quick && Number.isFinite(oursLibGzip)) {
    sizes.breakdown = await bundleBreakdown();
    sizes.whatIf = await sizeWhatIf();
  }
  log('');
  log(table(rows));
  log('');
  log(zoomTable(rows));
  log('');
  log('Ours draws the event titles on the plot in every row (always on since issue 11; no attribute turns them off).');
  log('gzip KiB = every JS/CSS file the bench page loads at first (lazy chunks excluded).');
  if (oursLib) {
    log(`Ours as a library (element + core + lit + d3, minified): ${oursGzipKiB.toFixed(1)} KiB gzip at first load, ` +
      `plus ${(oursLib.lazyGzip / 1024).toFixed(1)} KiB in ${oursLib.lazyChunks.length} lazy chunk(s) (the built-in dataset; the dataset fast check, for a data property; the streaming src loader; the validator with valibot, for invalid data; the panels; the arrow-key moves and pill list; the export; the translations) loaded only when used.`);
  }
  if (userBundle) log(userBundleLine(userBundle));
  log('');
  log('Goals (informational):');
  log(goalLines(goalList));
  log('');
  log(`Load average (1/5/15 min) at start ${machine.loadAvgAtStart.join(' ')}, at end ${machine.loadAvgAtEnd.join(' ')}.`);
  log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ' (quick)' : ''}.`);

  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(path.join(here, 'results', 'latest.json'), JSON.stringify({
    quick, seed: SEED, machine, chromiumArgs: [...CHROMIUM_ARGS, ...JS_FLAGS], plan: PLAN, emptyPage: empty, floor,
    deferWindowMs: DEFER_WINDOW_MS, sizes, summary: rows, goals: goalList, runs: raw,
  }, null, 1));
  const markdown = markdownReport({ quick, machine, rows, goals: goalList, sizes, argv: process.argv.slice(2), floor });
  await writeFile(path.join(here, 'results', 'latest.md'), markdown);
  // Also under the run's date, so a later run (CI, a colleague's quick run) does not overwrite it.
  const stamp = machine.date.replace(/[:.]/g, '-');
  await writeFile(path.join(here, 'results', `${quick ? 'quick' : 'full'}-${stamp}.md`), markdown);
  await writeFile(path.join(here, 'results', `${quick ? 'quick' : 'full'}-${stamp}.json`), await readFile(path.join(here, 'results', 'latest.json')));
  log(`Raw runs: ${path.relative(process.cwd(), path.join(here, 'results', 'latest.json'))}; Markdown: ${path.relative(process.cwd(), path.join(here, 'results', 'latest.md'))}`);
  // CI: slowness never fails the bench; a page that throws or crashes does.
  if (broken) {
    console.error('A page failed (see the errors above).');
    process.exitCode = 1;
  }
}

/**
 * What the harness itself reads for a page that draws nothing (one attribute changed per step),
 * over the same 20 windows: the part of every library's figures that is the measurement's own.
 */
async function measureFloor(browser, baseUrl, served) {
  const { dataset, windows, full } = benchData(1_000);
  served.set('/data/floor.json', Buffer.from(JSON.stringify(dataset)));
  const result = await measureRun({ browser, baseUrl, page: 'floor', dataUrl: '/data/floor.json', windows, full, limitMs: 30_000, paced: true });
  served.delete('/data/floor.json');
  if (result.status !== 'ok') throw new Error(`floor page: ${result.status} ${result.errors.join('; ')}`);
  return result;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
