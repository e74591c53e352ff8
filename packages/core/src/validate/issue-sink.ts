import type { DatasetIssue } from './dataset-error.js';

/**
 * Where a rule check (check-*.ts) puts the issues it finds: an array in the collecting pass
 * (`findDatasetIssues`), or `STOP_AT_FIRST_ISSUE` in the yes/no check (`isValidDataset`). So each
 * rule is written once for both, and the yes/no check stops at the first problem.
 */
export interface IssueSink {
  push(issue: DatasetIssue): unknown;
}

/** Thrown by `STOP_AT_FIRST_ISSUE`; `isValidDataset` catches it and says no. */
const FIRST_ISSUE = Object.freeze({ firstIssue: true });

/** A sink that throws at the first issue, for a caller that only needs to know whether there is one. */
export const STOP_AT_FIRST_ISSUE: IssueSink = Object.freeze({
  push(): never {
    throw FIRST_ISSUE;
  },
});
