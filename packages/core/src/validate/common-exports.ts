// The small part of core/validate that drawing needs too (safe colours, the limits), re-exported
// by ./index.ts with `export *`: named re-exports only. The error is error-exports.ts, safe links
// safe-url-exports.ts.
export { isSafeColor } from './safe-color.js';
export { DATASET_LIMITS } from './dataset-limits.js';
export { EVENT_TYPES } from './event-types.js';
