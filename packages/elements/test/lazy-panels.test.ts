import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The details, stance details and side card templates are a lazy chunk (src/templates/panels.ts):
// the first paint draws none of them. It is imported when the browser is idle after the first
// drawn layout, or at once when a panel opens before that. The gate holds it back here.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/templates/panels.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the panels, loaded lazily', () => {
  it('an event selected before the chunk arrives: updateComplete waits, then the details open and their heading is said', async () => {
    const h = await mount({ dataset: smallDataset(), width: 1200 });
    expect(h.lanes()).toEqual(['North', 'South']);
    let resolved = false;
    h.element.setAttribute('selected', 'n-meeting');
    const complete = h.element.updateComplete.then((result) => ((resolved = true), result));
    await vi.waitUntil(() => gate.requests > 0);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(resolved).toBe(false);
    expect(h.details()).toBeNull();

    gate.open();
    expect(await complete).toBe(true);
    expect(h.details()?.title).toBe('North meets South');
    // Its styles came with the chunk (panels.css): in the first frame it is drawn, a wide host's
    // details are a column beside the lanes, in the panel colour, not a bare block under them.
    const panel = h.element.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    const lanes = h.element.shadowRoot!.querySelector<HTMLElement>('.lanes')!;
    expect(panel.getBoundingClientRect().left).toBeGreaterThanOrEqual(lanes.getBoundingClientRect().right - 1);
    expect(getComputedStyle(panel).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // The live region says the heading when the panel arrives, not when the selection was made.
    await h.settle();
    expect(h.announcement()).toBe('Details: North meets South');
  });

  it('once loaded, a panel opens in the update that asks for it', async () => {
    const h = await mount({ dataset: smallDataset(), width: 1200 });
    h.element.setAttribute('selected', 'n-statement');
    await h.element.updateComplete;
    expect(h.details()?.title).toBe('North speaks');
    expect(gate.requests).toBe(1);
  });
});
