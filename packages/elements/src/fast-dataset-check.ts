/**
 * The fast yes/no dataset check (core's `validDataset`, ~4 KiB gzip), which `<syria-timeline>`
 * imports lazily, on the first `data` value it is given: a page showing the built-in dataset never
 * downloads it. (`src` data is checked by the loader; invalid data by the full validator, another
 * lazy chunk, `@syria-timeline/core/validate`.) `checkDatasetSteps` is the same check in steps, for
 * large data checked in time slices. A module of its own so that every bundler
 * (Vite/Rollup, esbuild --splitting, webpack) makes it a chunk of its own: core's main entry,
 * which the element imports statically, would keep it in the first load.
 */
export { validDataset, checkDatasetSteps } from '@syria-timeline/core';
