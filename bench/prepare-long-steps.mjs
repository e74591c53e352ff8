#!/usr/bin/env node
/**
 * Which steps of core's `prepareTimelineSteps` are long, two builds side by side in headless Chromium
 * (a fresh page per run, builds alternating; each page fetches the bench's data as JSON and checks it
 * first, as the element does): per run, the steps' count and summed wall time, the longest step after
 * the fourth pass (copies to exact length, `result()`, the lanes' indexes) and the five longest steps,
 * each as `wall ms@-k:v` (k steps before the end, v the value it yielded: progress, a quarter per pass).
 * A step's wall includes any collection that falls in it.
 *
 *   npm run build
 *   node bench/prepare-long-steps.mjs --before=/work/main/packages/core/dist [--after=packages/core/dist] [--events=1000000] [--runs=4]
 */
import os from 'node:os';
import { launchChromium } from './lib/launch-chromium.mjs';
import { serveCoreBuilds } from './lib/serve-core-builds.mjs';
import { arg } from './lib/cli-arg.mjs';

const events = Number(arg('events', '1000000'));
const runs = Number(arg('runs', '4'));
const { server, setEvents } = await serveCoreBuilds([['before', arg('before', '/work/main/packages/core/dist')], ['after', arg('after', 'packages/core/dist')]], 'long steps');
await setEvents(events);
const chromium = await launchChromium();
try {
  for (let r = 0; r < runs; r++) for (const name of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const page = await chromium.newPage();
    await page.goto(`${server.url}/index.html`);
    const out = await page.evaluate(async (module) => {
      const core = await import(module);
      const data = await (await fetch('/data.json')).json();
      if (core.isValidDataset(data) !== true) throw new Error('the check said no to the bench data');
      const steps = core.prepareTimelineSteps(data);
      const walls = [];
      const values = [];
      for (;;) {
        const s0 = performance.now();
        const step = steps.next();
        walls.push(performance.now() - s0);
        values.push(step.done ? 'end' : step.value);
        if (step.done) break;
      }
      const n = data.events.length;
      let tail = 0;
      for (let i = 0; i < walls.length; i++) if (values[i] === 'end' || values[i] >= Math.floor((4 * n - 1) / 4)) tail = Math.max(tail, walls[i]);
      const top = walls.map((_, i) => i).sort((x, y) => walls[y] - walls[x]).slice(0, 5);
      return { tail, count: walls.length, total: walls.reduce((s, w) => s + w, 0), top: top.map((i) => `${walls[i].toFixed(1)}@-${walls.length - 1 - i}:${values[i]}`) };
    }, `/${name}.js`);
    console.log(`${name.padEnd(6)} steps ${out.count}  total ${out.total.toFixed(0)} ms  longest after pass 4 ${out.tail.toFixed(1)} ms  longest: ${out.top.join('  ')}`);
    await page.close();
  }
  console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await chromium.close();
  await server.close();
}
