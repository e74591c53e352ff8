import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineErrorEvent } from '../src/events.js';
import { mount, record } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The fast dataset check (`validDataset`) is a lazy chunk (src/fast-dataset-check.ts): a page
// that shows the built-in dataset never downloads it, and one that sets `data` shows loading
// until it has arrived. Each test file runs in a fresh page, so the first tests here see it not
// yet imported; the gate holds it back until the test opens it.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/fast-dataset-check.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';

describe('the fast dataset check, loaded lazily', () => {
  it('is not requested by a page that shows the built-in dataset', async () => {
    const h = await mount();
    expect(h.lanes().length).toBeGreaterThan(0);
    expect(gate.requests).toBe(0);
  });

  it('is requested for `data`: loading until it arrives, updateComplete waits, then the data is drawn', async () => {
    const h = await mount({ dataset: smallDataset(), noWait: true });
    const el = h.element;
    const errors = record<TimelineErrorEvent>(el, 'syria-timeline-error');
    let resolved = false;
    const complete = el.updateComplete.then((result) => ((resolved = true), result));
    await vi.waitUntil(() => gate.requests === 1);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(resolved).toBe(false);
    expect(status(el)).toMatch(/loading/i);
    expect(h.lanes()).toEqual([]);

    gate.open();
    expect(await complete).toBe(true);
    expect(status(el)).not.toMatch(/loading/i);
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(errors).toHaveLength(0);
  });

  it('once loaded, checks the next dataset in the update that sees it (no loading state)', async () => {
    const h = await mount({ dataset: smallDataset(), noWait: true });
    const el = h.element as typeof h.element & { hasUpdated: boolean };
    for (let i = 0; i < 20 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.hasUpdated).toBe(true);
    expect(status(el)).not.toMatch(/loading/i);
    expect(await el.updateComplete).toBe(true);
    expect(h.lanes()).toEqual(['North', 'South']);
    expect(gate.requests).toBe(1);
  });
});
