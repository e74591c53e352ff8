import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { mouseDrag } from './support/real-input.js';

// The overview strip's brush is in the deferred controllers' lazy chunk
// (src/controllers/deferred-controllers.ts), imported right after the first paint: the strip is
// drawn first, its selection when the chunk lands. A drag on the strip before that is not lost:
// it is replayed on the brush. The gate holds the chunk back here.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/controllers/deferred-controllers.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the overview brush, loaded lazily', () => {
  it('a drag on the strip before the chunk lands zooms to the dragged window once it does', async () => {
    // Real input hits only what is on screen: the test viewport is about 414 px wide.
    const h = await mount({ width: 400, attrs: { axis: 'linear' }, noWait: true });
    const root = h.element.shadowRoot!;
    const strip = await vi.waitUntil(() => root.querySelector<SVGSVGElement>('[part="overview"]'), { timeout: 10_000 });
    await vi.waitUntil(() => gate.requests > 0);
    const extent = h.element.visibleRange!;
    expect(strip.querySelector('.brush .selection')).toBeNull();
    strip.scrollIntoView({ block: 'center' });
    const box = strip.getBoundingClientRect();
    const at = (f: number) => ({ x: box.left + box.width * f, y: box.top + 20 });
    await mouseDrag(at(0.6), at(0.8));
    await new Promise(requestAnimationFrame);
    expect(h.element.visibleRange).toEqual(extent);

    gate.open();
    await h.ready();
    const shown = h.element.visibleRange!;
    const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
    expect(span(shown) / span(extent)).toBeCloseTo(0.2, 1);
    expect((shown.start.getTime() - extent.start.getTime()) / span(extent)).toBeCloseTo(0.6, 1);
    expect(strip.querySelector('.brush .selection')).not.toBeNull();
  });
});
