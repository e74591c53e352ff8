// The validator that lists every problem (valibot and the issue messages), re-exported by
// ./index.ts with `export *` (see there why it is a group of its own): named re-exports only.
export { parseDataset } from './parse-dataset.js';
export { parseDatasetSteps } from './parse-dataset-steps.js';
export { findDatasetIssues } from './find-dataset-issues.js';
export type { ParseDatasetOptions } from './parse-dataset-options.js';
export { datasetSchema } from './dataset-schema.js';
