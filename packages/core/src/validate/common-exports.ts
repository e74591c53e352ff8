// The small part of core/validate that drawing needs too (safe colours, the limits), re-exported
// by ./index.ts with `export *`: named re-exports only. The error is error-exports.ts, safe links
// safe-url-exports.ts.
export { isSafeColor } from './safe-color.js';
export { DATASET_LIMITS } from './dataset-limits.js';
/** Every event type, in the vocabulary's order (the order a legend lists them in). */
export { EVENT_TYPES } from './dataset-vocabulary.js';
