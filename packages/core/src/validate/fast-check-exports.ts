// The fast yes/no dataset check, re-exported by ./index.ts with `export *` (see there why it is a
// group of its own): named re-exports only.
export { isValidDataset } from './is-valid-dataset.js';
export { checkDatasetSteps } from './check-dataset-steps.js';
export { validDataset } from './valid-dataset.js';
