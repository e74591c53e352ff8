// The small part of core/validate that drawing needs too (errors, safe URLs and colours),
// re-exported by ./index.ts with `export *`: named re-exports only.
export { DatasetError, formatDatasetIssue, type DatasetIssue } from './dataset-error.js';
export { isSafeUrl } from './safe-url.js';
export { isSafeColor } from './safe-color.js';
export { DATASET_LIMITS } from './dataset-limits.js';
