// The dataset error and its formatting, re-exported by ./index.ts with `export *` (see there why it
// is a group of its own): named re-exports only. Apart from common-exports.ts since the element's
// first load uses safe colours and the limits but not the error, which only its lazy chunks (the
// src loader, the validator, the error panel) construct or format.
export { DatasetError, formatDatasetIssue, type DatasetIssue } from './dataset-error.js';
