import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

// The SVG/PNG export is a lazy chunk. Each test file runs in a fresh page, so it is not loaded yet.
const seen = vi.hoisted(() => ({ requested: 0 }));
vi.mock('../src/export/export-view.js', async (importOriginal) => {
  seen.requested++;
  return importOriginal();
});

afterEach(() => document.body.replaceChildren());

describe('the export, loaded lazily', () => {
  it('is requested on the first exportSvg(), not to draw; the promise gives the SVG of the view shown', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    expect(h.lanes().length).toBeGreaterThan(0);
    expect(seen.requested).toBe(0);

    const text = await h.element.exportSvg();
    expect(seen.requested).toBe(1);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const labels = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(h.lanes()));
  });

  it('exportPng() uses the same chunk, then resolves to a PNG', async () => {
    const h = await mount({ dataset: smallDataset() });
    const png = await h.element.exportPng(1);
    expect(png.type).toBe('image/png');
    expect(seen.requested).toBe(1);
  });
});
