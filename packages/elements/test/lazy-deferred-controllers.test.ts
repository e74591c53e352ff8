import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The arrow-key moves and a pill's list are a lazy chunk (src/controllers/deferred-controllers.ts),
// imported right after the first paint. A key pressed before it has arrived
// is not lost: its default is prevented at once, and the move happens when the chunk arrives.

const gate = await vi.hoisted(async () => (await import('./support/chunk-gate.js')).chunkGate());
vi.mock('../src/controllers/deferred-controllers.js', (importOriginal) => gate.hold(importOriginal));

afterEach(() => document.body.replaceChildren());

describe('the arrow-key moves, loaded lazily', () => {
  it('a move pressed before the chunk arrives prevents the page scroll at once, and happens when it arrives', async () => {
    // The chunk is asked for right after the first paint (the overview's brush is in it), and
    // `updateComplete` waits for it: wait for the marks instead.
    const h = await mount({ dataset: smallDataset(), width: 1200, noWait: true });
    const root = h.element.shadowRoot!;
    const stop = await vi.waitUntil(() => root.querySelector<SVGGElement>('svg.main .proxies [tabindex="0"]'), { timeout: 5000 });
    stop.focus();
    await new Promise(requestAnimationFrame);
    const first = root.activeElement?.getAttribute('data-key');
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    root.activeElement!.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    let resolved = false;
    const complete = h.element.updateComplete.then(() => (resolved = true));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(resolved).toBe(false);
    expect(root.activeElement?.getAttribute('data-key')).toBe(first);

    gate.open();
    await complete;
    expect(root.activeElement?.getAttribute('data-key')).not.toBe(first);
    expect(root.activeElement?.closest('svg.main')).not.toBeNull();
    expect(gate.requests).toBe(1);
  });
});
