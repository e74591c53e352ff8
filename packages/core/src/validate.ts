/**
 * `@syria-timeline/core/validate`: the validator that lists every problem of a dataset
 * (`parseDataset`, `findDatasetIssues`), as an entry of its own. It brings valibot and the
 * issue messages (~9 KiB gzip), which valid data never needs: `<syria-timeline>` checks data with
 * `isValidDataset` (main entry, small and fast) and imports this entry lazily, only when that says
 * no, to show what is wrong. The main entry exports the same functions too (same modules).
 */
export { parseDataset, parseDatasetSteps, findDatasetIssues, isValidDataset, checkDatasetSteps, DatasetError, formatDatasetIssue, datasetSchema } from './validate/index.js';
export type { DatasetIssue, ParseDatasetOptions } from './validate/index.js';
