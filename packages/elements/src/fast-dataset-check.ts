/**
 * The fast yes/no dataset check (core's `validDataset`, ~4 KiB gzip), which `<syria-timeline>`
 * imports lazily, on the first `data` value it is given: a page showing the built-in dataset never
 * downloads it. (`src` data is checked by the loader; invalid data by the full validator, another
 * lazy chunk, `@syria-timeline/core/validate`.) `checkDatasetSteps` is the same check in steps, for
 * large data checked in time slices. A module of its own so that every bundler
 * (Vite/Rollup, esbuild --splitting, webpack) makes it a chunk of its own: core's main entry,
 * which the element imports statically, would keep it in the first load.
 */
import type { Dataset } from '@syria-timeline/core';
import { checkDatasetSteps } from '@syria-timeline/core';

export { validDataset, checkDatasetSteps } from '@syria-timeline/core';

/**
 * `validDataset(input)` as steps (core's `checkDatasetSteps`, for large data checked in time
 * slices): yields the events checked so far, returns the dataset as `validDataset` does (without
 * a top-level `"$schema"` string), or undefined when the check says no.
 */
export function* validDatasetSteps(input: unknown): Generator<number, Dataset | undefined> {
  if (!(yield* checkDatasetSteps(input))) return undefined;
  const { $schema, ...rest } = input as Dataset & { $schema?: unknown };
  return (typeof $schema === 'string' ? rest : input) as Dataset;
}
