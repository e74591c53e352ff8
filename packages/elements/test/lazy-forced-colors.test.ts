import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The forced-colours rules are a lazy chunk (src/forced-colors.css, forced-colors-chunk.ts): a page
// without forced colours never downloads them. Turned on while the page is open, they arrive with
// the update that the media change brings (MediaChangeController).

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('forced colours turned on after the first paint', () => {
  it('the plot takes the forced-colours rules within a few frames', async () => {
    const h = await mount({ dataset: smallDataset(), width: 900 });
    const svg = h.element.shadowRoot!.querySelector<SVGSVGElement>('svg.main')!;
    expect(getComputedStyle(svg).forcedColorAdjust).not.toBe('none');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    // Kept from the browser's own forced colours, so that the patterns of the stance bands stay.
    await vi.waitUntil(() => getComputedStyle(svg).forcedColorAdjust === 'none', { timeout: 3000 });
  });
});
