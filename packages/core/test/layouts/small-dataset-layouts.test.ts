/**
 * Reviewed snapshots of the layout of a small fixed dataset at 2 widths × 2 zooms. A change to
 * any number (rounded to 3 decimals) or label shows up as a diff of output/*.json in review.
 */
import { describe, expect, it } from 'vitest';
import { layoutTimeline, prepareTimeline } from '../../src/layout/index.js';
import { smallDataset } from './small-dataset.js';

const round = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value);
const prepared = prepareTimeline(smallDataset());
const zooms = {
  full: undefined,
  feb2012: { start: Date.UTC(2012, 0, 25), end: Date.UTC(2012, 1, 20) },
};

describe('layout snapshots of the small dataset', () => {
  for (const width of [360, 1100]) {
    for (const [zoom, domain] of Object.entries(zooms)) {
      it(`matches the reviewed layout: ${zoom} at ${width}px`, async () => {
        const layout = layoutTimeline(prepared, { width, ...(domain ? { domain } : {}) });
        await expect(`${JSON.stringify(layout, round, 2)}\n`).toMatchFileSnapshot(`./output/small-${zoom}-${width}.json`);
      });
    }
  }
});
