/**
 * `npm run bench:layout`: parseDataset (the element validates every dataset before drawing it) at
 * 1,000 / 10,000 / 100,000 synthetic events (seed 1), on a JSON round-trip of the data, as the
 * element gets it from `fetch`. Goal of issue 5: ≤ 100 ms at 100k in Node, so that first render of
 * 100k events stays under 300 ms. parseDataset on valid data is `isValidDataset` (the yes/no
 * check the element runs) plus nothing; `findDatasetIssues` on a broken copy shows the cost of the
 * collecting pass (valibot and the rule checks), which only invalid data pays.
 */
import { bench, describe } from 'vitest';
import { builtinDataset, findDatasetIssues, generateSyntheticDataset, isValidDataset, parseDataset } from '../src/index.js';

describe('built-in dataset', () => {
  const input = JSON.parse(JSON.stringify(builtinDataset)) as unknown;
  bench('parseDataset', () => {
    parseDataset(input);
  });
});

for (const size of [1_000, 10_000, 100_000]) {
  const input = JSON.parse(JSON.stringify(generateSyntheticDataset({ events: size, seed: 1 }))) as { events: { title: unknown }[] };
  const broken = JSON.parse(JSON.stringify(input)) as typeof input;
  broken.events[size - 1]!.title = ''; // one structural issue: the full valibot pass runs
  const options = { time: size >= 100_000 ? 3000 : 1000, warmupTime: 300 };

  describe(`${size.toLocaleString('en')} events`, () => {
    bench('parseDataset (valid)', () => {
      parseDataset(input);
    }, options);
    bench('isValidDataset (valid)', () => {
      isValidDataset(input);
    }, options);
    bench('findDatasetIssues (one issue)', () => {
      findDatasetIssues(broken);
    }, options);
  });
}
