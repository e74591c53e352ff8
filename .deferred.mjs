import path from 'node:path';
import { launchChromium } from './bench/lib/launch-chromium.mjs';
import { DIST, buildPages } from './bench/lib/build-pages.mjs';
import { serveStatic } from './bench/lib/static-server.mjs';
import { benchData } from './bench/lib/bench-data.mjs';
const events = Number(process.argv[2] ?? 100000);
await buildPages(['empty', 'ours'], { minify: false });
const server = await serveStatic(path.join(DIST, 'pages-unminified'));
const browser = await launchChromium();
const { dataset, intervals, windows } = benchData(events);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const p = await context.newPage();
const cdp = await context.newCDPSession(p);
await p.goto(`${server.url}/ours.html`);
await p.evaluate(() => window.bench.ready);
await p.evaluate((t) => { window.__data = JSON.parse(t); }, JSON.stringify(dataset));
await p.evaluate(async () => { const d = window.__data; window.__data = undefined; return await window.bench.render(d); });
await p.waitForTimeout(1000);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Performance.enable');
const self = new Map(); let cpu = 0; const recs = [];
for (const [a, b] of windows.slice(0, 10)) {
  await p.evaluate(([a, b]) => window.bench.zoomTo(a, b, 30000), [a, b]);
  const m0 = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  await cdp.send('Profiler.start');
  const ch = await p.evaluate((ms) => window.bench.deferred(ms), 600);
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  cpu += (m1 - m0) * 1000; recs.push(ch.records);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame;
    if (['(idle)', '(program)'].includes(f.functionName)) continue;
    const key = `${f.functionName || '(anon)'} ${f.url ? path.basename(f.url) + ':' + (f.lineNumber + 1) : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
}
console.log(`deferred CPU per step (mean of 10): ${(cpu / 10).toFixed(1)} ms; records ${recs.join(' ')}`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 10).toFixed(2).padStart(7), k);
await browser.close(); server.close?.();
process.exit(0);
