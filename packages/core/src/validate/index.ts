// Public API of core/validate: named re-exports only.
export { parseDataset } from './parse-dataset.js';
export { findDatasetIssues, type ParseDatasetOptions } from './find-dataset-issues.js';
export { DatasetError, formatDatasetIssue, type DatasetIssue } from './dataset-error.js';
export { datasetSchema } from './dataset-schema.js';
export { isSafeUrl } from './safe-url.js';
