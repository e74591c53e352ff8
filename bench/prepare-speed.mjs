#!/usr/bin/env node
/**
 * core's steps between a validated dataset and the first layout, before and after, side by side in
 * one process: `prepareTimeline`, its incremental form `prepareTimelineSteps` (total, which includes
 * building the lanes' indexes, and the p99 and longest slice between two yields), the lanes' indexes (`laneIndex`, built lazily by the first layout)
 * and the first full-view `layoutTimeline`. Medians of `--runs` runs, before and after alternating.
 *
 *   npm run build   # this worktree's packages/core/dist is "after"
 *   node --expose-gc --single-threaded-gc --max-old-space-size=8192 bench/prepare-speed.mjs [--events=10000,100000,1000000] [--runs=7] \
 *     [--before=/work/main/packages/core/dist] [--after=packages/core/dist]
 *
 * The data is the bench's (bench/lib/bench-data.mjs), written to JSON text and parsed back, as a page
 * that fetches it has it (distinct strings, not the generator's shared ones). Times are this process's
 * CPU time (the machine is shared, and wall time moves with the others' load; it includes GC helper
 * threads, hence --single-threaded-gc). Run with --expose-gc so that each timed call starts after a
 * full collection (garbage of the run before is not counted).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchData } from './lib/bench-data.mjs';
import { median } from './lib/stats.mjs';
import { arg } from './lib/cli-arg.mjs';

const sizes = arg('events', '10000,100000,1000000').split(',').map(Number);
const runsArg = arg('runs', '');
const dirs = { before: arg('before', '/work/main/packages/core/dist'), after: arg('after', 'packages/core/dist') };
const WIDTH = 1056;

const load = async (dir) => {
  const url = (file) => pathToFileURL(path.resolve(dir, file)).href;
  const core = await import(url('index.js'));
  const { laneIndex } = await import(url('layout/lane-index.js'));
  return { ...core, laneIndex };
};
const variants = { before: await load(dirs.before), after: await load(dirs.after) };
const gc = globalThis.gc ?? (() => {});
/** CPU ms of this process (the machine is shared: wall time moves with the others' load) and the result. */
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const time = (f) => {
  gc();
  const t = cpu();
  const out = f();
  return [cpu() - t, out];
};

/** Drains `steps`, timing each slice between two yields. */
function drain(steps) {
  gc();
  const slices = [];
  const t0 = cpu();
  let t = t0;
  let yields = 0;
  for (;;) {
    const next = steps.next();
    const now = cpu();
    slices.push(now - t);
    t = now;
    if (next.done) {
      const sorted = slices.toSorted((a, b) => a - b);
      return { total: now - t0, longest: sorted.at(-1), p99: sorted[Math.floor(0.99 * (sorted.length - 1))], yields, result: next.value };
    }
    yields++;
  }
}

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–').padStart(8);
console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}; gc ${globalThis.gc ? 'forced before each call' : 'not exposed'}`);
for (const n of sizes) {
  const dataset = JSON.parse(JSON.stringify(benchData(n).dataset));
  const runs = Number(runsArg || (n >= 1_000_000 ? 3 : 7));
  const rows = new Map();
  const add = (key, ms) => { if (!rows.has(key)) rows.set(key, []); rows.get(key).push(ms); };
  for (let run = 0; run < runs; run++) {
    for (const [name, core] of Object.entries(variants)) {
      const [prepareMs, prepared] = time(() => core.prepareTimeline(dataset));
      add(`${name} prepareTimeline`, prepareMs);
      const [indexMs] = time(() => { for (const lane of prepared.lanes) core.laneIndex(lane); });
      add(`${name} laneIndex (all lanes)`, indexMs);
      const [layoutMs] = time(() => core.layoutTimeline(prepared, { width: WIDTH }));
      add(`${name} layoutTimeline (full view, indexes built)`, layoutMs);
      const [coldLayoutMs] = time(() => core.layoutTimeline(core.prepareTimeline(dataset), { width: WIDTH }));
      add(`${name} prepare + first layout`, coldLayoutMs);
      if (core.prepareTimelineSteps) {
        const { total, longest, p99, yields } = drain(core.prepareTimelineSteps(dataset));
        add(`${name} prepareTimelineSteps drained (+ lane indexes)`, total);
        add(`${name} prepareTimelineSteps slice p99`, p99);
        add(`${name} prepareTimelineSteps longest slice`, longest);
        add(`${name} prepareTimelineSteps yields`, yields);
      }
    }
  }
  console.log(`\n${n.toLocaleString('en-US')} events, ${runs} runs: median (first run), CPU ms`);
  for (const [key, values] of rows) {
    const unit = key.endsWith('yields') ? '' : ' ms';
    console.log(`  ${key.padEnd(52)}${fmt(median(values))}${unit}  (${fmt(values[0]).trim()})`);
  }
}
