/**
 * `npm run bench:layout`: prepareTimeline once per dataset, and layoutTimeline per view, at
 * 1,000 / 10,000 / 100,000 synthetic events (seed 42, five years, four lanes, ~30% of events in two
 * lanes). Views are 1,200 px wide: the full extent, one year (mid zoom) and three weeks.
 * The element's goals (first render of 100k < 300 ms, zoom step p95 < 17 ms) leave a few ms per layout.
 */
import { bench, describe } from 'vitest';
import { generateSyntheticDataset, layoutTimeline, prepareTimeline } from '../src/index.js';

const WIDTH = 1200;
const views = {
  'full view': undefined,
  'mid zoom (1 year)': { start: Date.UTC(2013, 0, 1), end: Date.UTC(2014, 0, 1) },
  '3-week zoom': { start: Date.UTC(2013, 3, 1), end: Date.UTC(2013, 3, 22) },
};

for (const size of [1_000, 10_000, 100_000]) {
  const dataset = generateSyntheticDataset({ events: size, seed: 42 });
  const prepared = prepareTimeline(dataset);
  const options = { time: size >= 100_000 ? 3000 : 1000, warmupTime: 300 };

  describe(`${size.toLocaleString('en')} events`, () => {
    bench('prepareTimeline', () => {
      prepareTimeline(dataset);
    }, options);
    for (const [name, domain] of Object.entries(views)) {
      bench(`layoutTimeline, ${name}`, () => {
        layoutTimeline(prepared, { width: WIDTH, ...(domain ? { domain } : {}) });
      }, options);
    }
  });
}
