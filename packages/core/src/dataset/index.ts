// Public API of core/dataset: named re-exports only.
export {};
export { generateSyntheticDataset, type SyntheticOptions } from './synthetic/generate-synthetic-dataset.js';
export { SYNTHETIC_SOURCE_TEXTS } from './synthetic/synthetic-source-texts.js';
export { builtinDataset } from './russia-syria-2011-2015/index.js';
