// The small part of core/validate that drawing needs too (safe URLs and colours, the limits),
// re-exported by ./index.ts with `export *`: named re-exports only. The error is error-exports.ts.
export { isSafeUrl } from './safe-url.js';
export { isSafeColor } from './safe-color.js';
export { DATASET_LIMITS } from './dataset-limits.js';
