import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSyntheticDataset } from '@syria-timeline/core';
import { SLICED_MIN_EVENTS } from '../src/controllers/dataset-controller.js';
import { mount } from './support/mount.js';

// The overview's brush is in the deferred controllers' lazy chunk. Small data asks for it right
// after its first paint. Large data is checked and prepared for a while first, and asks for it then,
// so that its first drawing draws the brush too, rather than the brush arriving a frame or more later.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/controllers/deferred-controllers.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the overview brush with large data', () => {
  it('is asked for while the data is checked, before the first drawing', async () => {
    // Not held back: the gate only counts when the chunk is asked for.
    gate.open();
    const data = generateSyntheticDataset({ events: 2 * SLICED_MIN_EVENTS, seed: 5 });
    let requestsAtFirstDrawing: number | null = null;
    const h = await mount({ dataset: data, width: 1200, noWait: true });
    const root = h.element.shadowRoot!;
    // The first drawing: the first DOM change after which the lanes' paint is there.
    const observer = new MutationObserver(() => {
      if (requestsAtFirstDrawing === null && root.querySelector('.paint path')) requestsAtFirstDrawing = gate.requests;
    });
    observer.observe(root, { subtree: true, childList: true });
    try {
      await vi.waitUntil(() => requestsAtFirstDrawing !== null, { timeout: 20_000 });
    } finally {
      observer.disconnect();
    }
    // A chunk asked for by the drawing itself could not have been fetched and asked of the module yet.
    expect(requestsAtFirstDrawing).toBe(1);
    // And the brush is drawn (its selection shows the whole extent).
    await vi.waitUntil(() => root.querySelector('g.brush')?.childElementCount, { timeout: 5000 });
    expect(gate.requests).toBe(1);
  });
});
