import { afterEach, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { systemColour as colour } from './support/colour.js';

// Under forced colours, the progress bar of a `src` load shows its fill from its first frame, while the
// forced-colours chunk (forced-colors-styles.ts, asked for by the first render) is still on its way:
// the gate holds that chunk back here. The bar is drawn while chunks load, so its rules are not in it.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/forced-colors-styles.js', (importOriginal) => gate.hold(importOriginal));

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('in forced colours, before the forced-colours chunk arrives: the fill in Highlight on a Canvas track', async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  const src = `/__faults/data?${new URLSearchParams({ id: 'forced-bar', trickle: '4000', pad: '200000', length: '1' })}`;
  const h = await mount({ attrs: { src }, noWait: true });
  let bar: HTMLElement | null = null;
  const start = performance.now();
  while (!(bar && Number.parseFloat(bar.getAttribute('aria-valuetext') ?? '0') > 0)) {
    if (performance.now() - start > 5000) throw new Error('no progress bar with bytes read');
    await sleep(20);
    bar = h.element.shadowRoot?.querySelector<HTMLElement>('[role="progressbar"]') ?? null;
  }
  expect(gate.requests, 'the forced-colours chunk was asked for, and is held back').toBeGreaterThan(0);
  const fill = bar.querySelector<HTMLElement>('.progress-fill')!;
  expect(getComputedStyle(fill).backgroundColor).toBe(colour('Highlight'));
  expect(getComputedStyle(bar).backgroundColor).toBe(colour('Canvas'));
  expect(getComputedStyle(bar).borderTopColor).toBe(colour('CanvasText'));

  gate.open(); // the chunk lands (before the page closes), and the bar keeps its colours
  await h.element.updateComplete;
  expect(getComputedStyle(fill).backgroundColor).toBe(colour('Highlight'));
});
