/**
 * Timings of the element in Chromium, printed, not asserted (no timed tests). Skipped unless
 * VITE_PERF=1:  VITE_PERF=1 npx vitest run --project elements packages/elements/test/perf
 */
import { describe, it } from 'vitest';
import { generateSyntheticDataset, layoutTimeline, parseDataset, prepareTimeline, type Dataset } from '@syria-timeline/core';
import '../../src/syria-timeline.js';
import type { SyriaTimeline } from '../../src/syria-timeline-element.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

async function settle(el: SyriaTimeline) {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

async function measure(name: string, dataset: Dataset | undefined) {
  document.body.replaceChildren();
  const el = document.createElement('syria-timeline') as SyriaTimeline;
  el.style.width = '1200px';
  const t0 = performance.now();
  if (dataset) (el as { data: unknown }).data = dataset;
  document.body.append(el);
  // Drawn = lanes present and no update pending, then two frames (painted).
  while (!el.shadowRoot?.querySelector('[part~="lane"]')) {
    await settle(el);
    await frame();
  }
  await settle(el);
  await frame();
  await frame();
  const first = performance.now() - t0;
  const range = el.visibleRange!;
  const full = range.end.getTime() - range.start.getTime();
  const target = 21 * 86_400_000;
  const centre = range.start.getTime() + full * 0.4;
  const steps: number[] = [];
  for (let i = 1; i <= 20; i++) {
    const span = full * Math.pow(target / full, i / 20);
    const s = performance.now();
    await el.zoomTo(centre - span / 2, centre + span / 2);
    await frame();
    steps.push(performance.now() - s);
  }
  const nodes = el.shadowRoot!.querySelectorAll('*').length;
  await el.resetZoom();
  const fullNodes = el.shadowRoot!.querySelectorAll('*').length;
  console.log(
    `${name.padEnd(16)} first render ${first.toFixed(0).padStart(5)} ms | zoom step median ${median(steps).toFixed(1)} ms, p95 ${p95(steps).toFixed(1)} ms | shadow nodes: full view ${fullNodes}, 3 weeks ${nodes}`,
  );
}

describe.skipIf(!import.meta.env['VITE_PERF'])('render timing (printed)', () => {
  it('core phases of a first render (validate, prepare, unzoomed layout)', () => {
    for (const n of [10_000, 100_000]) {
      const data = structuredClone(generateSyntheticDataset({ events: n, seed: 42 }));
      let t = performance.now();
      parseDataset(data);
      const validate = performance.now() - t;
      t = performance.now();
      const prepared = prepareTimeline(data);
      const prepare = performance.now() - t;
      t = performance.now();
      layoutTimeline(prepared, { width: 1056 });
      const layout = performance.now() - t;
      console.log(`synthetic ${n}: parseDataset ${validate.toFixed(0)} ms, prepareTimeline ${prepare.toFixed(0)} ms, layoutTimeline ${layout.toFixed(0)} ms`);
    }
  });

  it('built-in and synthetic datasets', { timeout: 300_000 }, async () => {
    await measure('warm-up', undefined);
    await measure('built-in', undefined);
    for (const n of [1_000, 10_000, 100_000]) {
      const data = generateSyntheticDataset({ events: n, seed: 42 });
      await measure(`synthetic ${n}`, data);
    }
  });
});
