// Public API of core/validate: named re-exports only.
export { parseDataset } from './parse-dataset.js';
export { findDatasetIssues } from './find-dataset-issues.js';
export { isValidDataset } from './is-valid-dataset.js';
export { validDataset } from './valid-dataset.js';
export type { ParseDatasetOptions } from './parse-dataset-options.js';
export { DatasetError, formatDatasetIssue, type DatasetIssue } from './dataset-error.js';
export { datasetSchema } from './dataset-schema.js';
export { isSafeUrl } from './safe-url.js';
export { isSafeColor } from './safe-color.js';
export { DATASET_LIMITS } from './dataset-limits.js';
