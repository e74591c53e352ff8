#!/usr/bin/env node
/**
 * What a zoom step allocates, by function: the sampling heap profiler (CDP, objects collected by
 * either collector included, so garbage counts) over zoom passes of the bench's 20 windows, after
 * the first render and a pause, on unminified pages (function names kept). KB per step, by the
 * function that allocated (self) and with its callees (inclusive), and which functions the
 * allocations of `--who` (default `next`: the iterators' results of `for…of` in code not yet optimised)
 * come from.
 *
 *   node bench/zoom-alloc.mjs [--events=100000] [--skip=1] [--passes=2] [--pause=3000] [--top=40] [--who=next] [--pages=DIR] [--no-build]
 *
 * `--skip=0 --passes=1` profiles the first pass (cold code); the default skips one pass and profiles two warm ones.
 */
import { launchChromium } from './lib/launch-chromium.mjs';
import { openBenchPage } from './lib/open-bench-page.mjs';
import { serveOurPage } from './lib/serve-our-page.mjs';
import { benchData } from './lib/bench-data.mjs';
import { arg } from './lib/cli-arg.mjs';
import { frameName } from './lib/frame-name.mjs';

const events = Number(arg('events', '100000'));
const top = Number(arg('top', '40'));
const skip = Number(arg('skip', '1'));
const passes = Number(arg('passes', '2'));
const who = arg('who', 'next');
const { dataset, windows } = benchData(events);
const server = await serveOurPage(dataset, { minify: false });
const browser = await launchChromium();

const name = (n) => frameName(n.callFrame);

try {
  const { page, cdp } = await openBenchPage(browser, `${server.url}/ours.html`, '/data/ours.json');
  await page.evaluate(() => { const d = window.__data; window.__data = undefined; return window.bench.render(d); });
  await page.waitForTimeout(Number(arg('pause', '3000')));
  const zoom = (n) => page.evaluate(async ([ws, count]) => {
    for (let i = 0; i < count; i++) for (const w of i % 2 ? [...ws].reverse() : ws) await window.bench.zoomTo(w[0], w[1]);
  }, [windows, n]);
  if (skip > 0) await zoom(skip);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await zoom(passes);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  const steps = passes * windows.length;
  const self = new Map();
  const inclusive = new Map();
  const callers = new Map();
  const walk = (node, stack, parent) => {
    const k = name(node);
    self.set(k, (self.get(k) ?? 0) + node.selfSize);
    if (k === who) callers.set(parent, (callers.get(parent) ?? 0) + node.selfSize);
    const inner = stack.includes(k) ? stack : [...stack, k];
    let sum = node.selfSize;
    for (const c of node.children) sum += walk(c, inner, k);
    // A recursive function counts once, at its outermost call.
    if (!stack.includes(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + sum);
    return sum;
  };
  const total = walk(profile.head, [], '');
  const show = (title, m) => {
    console.log(title);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(v / steps / 1024).toFixed(1).padStart(7)}  ${k}`);
  };
  console.log(`${events.toLocaleString('en-US')} events, ${steps} steps after ${skip} pass(es) unprofiled: ${(total / steps / 1024).toFixed(0)} KB a step`);
  show('self, KB a step', self);
  show('inclusive, KB a step', inclusive);
  show(`callers of ${who}, KB a step`, callers);
} finally {
  await browser.close();
  server.close?.();
}
