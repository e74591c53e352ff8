import type { Dataset } from '../model/index.js';
import { DatasetError } from './dataset-error.js';
import { findDatasetIssues, type ParseDatasetOptions } from './find-dataset-issues.js';
import { withoutSchemaKey } from './without-schema-key.js';

/**
 * Checks that `input` (parsed JSON, or an object) is a valid `Dataset` and returns it typed: the
 * same object, or a shallow copy without its top-level `"$schema"` key if it has one.
 *
 * @example
 * const dataset = parseDataset(await (await fetch(src)).json());
 * parseDataset(builtinDataset, { sourceTexts }); // also checks each quote against the texts
 * @throws DatasetError listing every problem: `events[3].when.start: got "2013-02-30", expected a day from 01 to 28 …`
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  const issues = findDatasetIssues(input, options);
  if (issues.length > 0) throw new DatasetError(issues);
  // Valid, so the input has exactly the model's shape (the schema is type-checked against it).
  return withoutSchemaKey(input) as Dataset;
}
