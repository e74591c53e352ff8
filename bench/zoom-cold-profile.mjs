#!/usr/bin/env node
/**
 * What the first zoom steps run that later ones do not: the bench's sequence (first render, two
 * full collections and a DOM count as bench/run.mjs does, or `--pause=MS` of nothing), then the 20
 * zoom windows under one CPU profile, each step marked in it by a 3 ms spin (unminified pages, so
 * functions keep their names). Prints each step's wall, CPU and profiled time, then the functions
 * whose self time in the steps picked (`--steps=1,2`, from 1) exceeds their median over the last 10
 * steps by most, on average over `--runs` fresh pages (cold code, its compilation, garbage collection).
 * A single profile is too coarse for this (samples of ~0.15 ms, and a collection or a compile lands
 * in whichever function asked): read only what several runs agree on.
 *
 *   node bench/zoom-cold-profile.mjs [--events=100000] [--steps=1,2] [--top=30] [--pause=MS] [--runs=3] [--pages=DIR] [--no-build]
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';
import { frameName } from './lib/frame-name.mjs';
import { mainThreadCpu } from './lib/main-thread-cpu.mjs';
import { afterRenderAsBench } from './lib/measure-run.mjs';

const events = Number(arg('events', '100000'));
const picked = arg('steps', '1,2').split(',').map((x) => Number(x) - 1);
const top = Number(arg('top', '30'));
const pause = arg('pause', null);
const runs = Number(arg('runs', '3'));
const { dataset, windows } = benchData(events);
const server = await serveOurPage(dataset, { minify: false });
const browser = await launchChromium();

/**
 * Self time (ms) per function of a CPU profile, keyed by name and place, one map per step: a step's
 * samples are those after one run of `__stepBoundary` and before the next.
 */
function selfTimesBySteps(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inMarker = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === '__stepBoundary') return true;
    return false;
  };
  const steps = [];
  let self = null;
  let inBoundary = false;
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame;
    if (inMarker(profile.samples[i])) {
      if (!inBoundary && self) steps.push(self);
      inBoundary = true;
      self = new Map();
      continue;
    }
    inBoundary = false;
    if (!self) continue;
    const key = frameName(f);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return steps;
}

/** One fresh page: the first render, the settle, the 20 steps under one profile; each step's wall, CPU and self times. */
async function profileRun() {
  const { page, cdp, context } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  const busy = await mainThreadCpu(cdp);
  const render = await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  if (pause !== null) await page.waitForTimeout(Number(pause));
  else {
    await afterRenderAsBench(page, cdp);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // One profile over the whole series; each step is marked in it by a call of `__stepBoundary` (a 3 ms spin).
  await page.evaluate(() => {
    window.__stepBoundary = function __stepBoundary() {
      const t = performance.now();
      while (performance.now() - t < 3);
    };
  });
  const steps = [];
  await cdp.send('Profiler.start');
  for (const w of windows) {
    const before = await busy();
    const { ms } = await page.evaluate(async (x) => {
      window.__stepBoundary();
      return window.bench.zoomTo(x[0], x[1]);
    }, w);
    steps.push({ ms, cpu: (await busy()) - before - 3 });
  }
  await page.evaluate(() => window.__stepBoundary());
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const bySteps = selfTimesBySteps(profile);
  steps.forEach((s, i) => (s.self = bySteps[i] ?? new Map()));
  console.log(`run: first render ${render.ms.toFixed(1)} ms; step wall / CPU / profiled (not idle), ms:`);
  const total = (s) => [...s.self.entries()].filter(([k]) => k !== '(idle)').reduce((a, [, v]) => a + v, 0);
  console.log(steps.map((s, i) => `  ${String(i + 1).padStart(2)} ${s.ms.toFixed(1).padStart(6)} ${s.cpu.toFixed(1).padStart(6)} ${total(s).toFixed(1).padStart(6)}`).join('\n'));
  return steps;
}

try {
  const extra = new Map();
  for (let r = 0; r < runs; r++) {
    const steps = await profileRun();
    const late = steps.slice(-10);
    const chosen = picked.map((i) => steps[i]).filter(Boolean);
    for (const k of new Set(chosen.flatMap((s) => [...s.self.keys()]))) {
      if (k === '(idle)') continue;
      const first = chosen.reduce((a, s) => a + (s.self.get(k) ?? 0), 0);
      const warm = median(late.map((s) => s.self.get(k) ?? 0)) * chosen.length;
      const row = extra.get(k) ?? { first: 0, warm: 0 };
      row.first += first / runs;
      row.warm += warm / runs;
      extra.set(k, row);
    }
  }
  const rows = [...extra].map(([k, r]) => ({ k, ...r, extra: r.first - r.warm })).sort((a, b) => b.extra - a.extra);
  console.log(`\n${events.toLocaleString('en-US')} events, ${runs} runs: self time in steps ${picked.map((i) => i + 1).join(', ')} against ${picked.length} × the median of the last 10 (ms, mean of the runs): extra, picked, warm`);
  for (const r of rows.slice(0, top)) console.log(`  ${r.extra.toFixed(2).padStart(7)} ${r.first.toFixed(2).padStart(7)} ${r.warm.toFixed(2).padStart(7)}  ${r.k}`);
} finally {
  await browser.close();
  server.close?.();
}
