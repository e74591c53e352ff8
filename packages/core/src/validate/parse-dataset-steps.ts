import type { Dataset } from '../model/index.js';
import { DatasetError, type DatasetIssue } from './dataset-error.js';
import { collectDatasetIssues, onePerPath } from './find-dataset-issues.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { isWellFormedDatasetShell, WELL_FORMED_ITEMS } from './is-well-formed-dataset.js';
import { datasetRules } from './check-rules.js';
import { COLLECTIONS } from './dataset-rule.js';
import { CHECK_SLICE } from './check-dataset-steps.js';
import { withoutSchemaKey } from './without-schema-key.js';
import { itemSizeIssues, listTooLong } from './size-issues.js';
import { collection, isRecord } from './located-records.js';
import { unreadableIssue } from './unreadable-issue.js';

/**
 * `parseDataset` in steps, for a caller that runs them in time slices (a large dataset that the
 * fast check said no to, in `<syria-timeline>`): yields after every `CHECK_SLICE` items of a
 * walk (the lists' sizes, the structure, the rules), and returns the dataset or throws the same `DatasetError`, with the same
 * issues in the same order, as `parseDataset(input, options)`. Well-formed input (the usual kind of
 * invalid data: a bad date, a dangling reference) is walked in slices: the lists' sizes, the
 * structure check, then the rules. Input that is not well formed has its structure listed by valibot in one step (it
 * copies the whole input), as `parseDataset` does.
 */
export function* parseDatasetSteps(input: unknown, options: ParseDatasetOptions = {}): Generator<number, Dataset> {
  let issues: DatasetIssue[];
  try {
    issues = yield* issueSteps(input, options);
  } catch (error) {
    throw new DatasetError([unreadableIssue(error)], { cause: error });
  }
  // No issue: the input has exactly the model's shape (as in parseDataset).
  if (issues.length === 0) return withoutSchemaKey(input) as Dataset;
  throw new DatasetError(issues);
}

/** `collectDatasetIssues(input, options)` in steps (see `parseDatasetSteps`). */
function* issueSteps(input: unknown, options: ParseDatasetOptions): Generator<number, DatasetIssue[]> {
  const dataset = withoutSchemaKey(input);
  // Lists over their limits are reported alone (as collectDatasetIssues does, with sizeIssues).
  const tooLarge: DatasetIssue[] = [];
  if (isRecord(dataset)) {
    for (const name of COLLECTIONS) {
      const items = dataset[name];
      if (!Array.isArray(items) || listTooLong(name, items, tooLarge)) continue;
      for (let from = 0; from < items.length; from += CHECK_SLICE) {
        itemSizeIssues(name, items, from, Math.min(from + CHECK_SLICE, items.length), tooLarge);
        yield 0;
      }
    }
  }
  if (tooLarge.length > 0) return tooLarge;
  if (!isWellFormedDatasetShell(dataset)) return collectDatasetIssues(input, options);
  for (const name of COLLECTIONS) {
    const items = collection(dataset, name);
    for (let from = 0; from < items.length; from += CHECK_SLICE) {
      if (!WELL_FORMED_ITEMS[name](items, from, Math.min(from + CHECK_SLICE, items.length))) return collectDatasetIssues(input, options);
      yield 0;
    }
  }
  // Well formed: no structure issue, only the rules' (walked in slices, in the same order).
  const issues: DatasetIssue[] = [];
  const rules = datasetRules(dataset, issues, options);
  for (const name of COLLECTIONS) {
    const items = collection(dataset, name);
    for (let from = 0; from < items.length; from += CHECK_SLICE) {
      const to = Math.min(from + CHECK_SLICE, items.length);
      rules.visit(name, items, from, to);
      yield 0;
    }
  }
  rules.end();
  return onePerPath(issues);
}
