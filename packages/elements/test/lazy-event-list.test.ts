import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { trackUncaught } from './support/uncaught.js';
import { focusedName } from './support/focused-name.js';

// The hidden list of events in view (src/templates/render-event-list.ts and its keyed items) is a
// lazy chunk: the first paint carries the live summary only, and the list follows 300 ms after a
// dataset's first drawing (event-list-controller.ts). The gate holds the chunk back here.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/templates/render-event-list.js', (importOriginal) => gate.hold(importOriginal));

const uncaught = trackUncaught();
afterEach(() => document.body.replaceChildren());

describe('the hidden list of events in view, loaded lazily', () => {
  it('the summary is read at once; the list waits for its chunk, then fills with the events in view', async () => {
    const h = await mount({ dataset: smallDataset() });
    const root = h.element.shadowRoot!;
    const items = () => [...root.querySelectorAll('ol[aria-label="Events in view"] li')].map((li) => li.textContent ?? '');
    expect(gate.requests).toBe(1);
    // The summary is there from the first paint, in its live region, with no list under it yet.
    expect(h.liveSummary()).toMatch(/^Showing \d+ events/);
    const region = root.querySelector('[data-summary]');
    // Past the list's 300 ms hold, still no list while the chunk is on its way (and nothing thrown).
    await new Promise((r) => setTimeout(r, 500));
    expect(items()).toEqual([]);

    gate.open();
    await vi.waitUntil(() => items().length > 0, { timeout: 3000 });
    expect(items()).toContain('1–20 May 2012: Harbour talks');
    // The live region is the same element: a screen reader keeps following it.
    expect(root.querySelector('[data-summary]')).toBe(region);
    // Activating an item focuses its event's mark, as before the list was lazy.
    const harbour = [...root.querySelectorAll<HTMLButtonElement>('ol[aria-label="Events in view"] button')].find((b) => b.textContent?.includes('Harbour talks'))!;
    harbour.click();
    await h.settle();
    expect(focusedName(h.element)).toContain('Harbour talks');
    expect(uncaught).toEqual([]);
  });
});
