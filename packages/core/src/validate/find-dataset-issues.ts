import { safeParse } from 'valibot';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import type { DatasetIssue } from './dataset-error.js';
import { datasetSchema } from './dataset-schema.js';
import { structureIssues } from './structure-issues.js';
import { isWellFormedDataset } from './is-well-formed-dataset.js';
import { checkRules } from './check-rules.js';
import { withoutSchemaKey } from './without-schema-key.js';
import { isValidDataset } from './is-valid-dataset.js';
import { sizeIssues } from './size-issues.js';
import { unreadableIssue } from './unreadable-issue.js';

export type { ParseDatasetOptions };

/**
 * Every problem in `input` as a dataset, structural ones first, one per path; `[]` when it is valid.
 * The rule checks run even when the structure is broken, so an author sees everything at once.
 * A top-level `"$schema"` string is allowed and ignored.
 */
export function findDatasetIssues(dataset: unknown, options: ParseDatasetOptions = {}): DatasetIssue[] {
  try {
    return isValidDataset(dataset, options) ? [] : collectDatasetIssues(dataset, options);
  } catch (error) {
    return [unreadableIssue(error)];
  }
}

/**
 * The collecting pass of `findDatasetIssues` alone, without the yes/no check in front (exported
 * for the tests that compare the two; not part of the public API).
 */
export function collectDatasetIssues(dataset: unknown, options: ParseDatasetOptions = {}): DatasetIssue[] {
  const input = withoutSchemaKey(dataset);
  // Lists over their limits are reported alone: the checks below would walk every slot of them.
  const tooLarge = sizeIssues(input);
  if (tooLarge.length > 0) return tooLarge;
  // valibot lists the structural issues; the compiled check (is-well-formed-dataset.ts, the same
  // schema) spares it on well-formed input: valibot copies every object it checks.
  const result = isWellFormedDataset(input) ? undefined : safeParse(datasetSchema, input);
  const all = result === undefined || result.success ? [] : structureIssues(result.issues, datasetSchema);
  checkRules(input, all, options);
  return onePerPath(all);
}

/** The first issue of each path: a malformed date is reported by the schema and again by the date check. */
export function onePerPath(issues: readonly DatasetIssue[]): DatasetIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}
