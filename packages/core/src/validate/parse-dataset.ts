import type { Dataset } from '../model/index.js';
import { DatasetError, type DatasetIssue } from './dataset-error.js';
import { collectDatasetIssues } from './find-dataset-issues.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { validDataset } from './valid-dataset.js';
import { withoutSchemaKey } from './without-schema-key.js';
import { unreadableIssue } from './unreadable-issue.js';

/**
 * Checks that `input` (parsed JSON, or an object) is a valid `Dataset` and returns it typed: the
 * same object, or a shallow copy without its top-level `"$schema"` key if it has one.
 *
 * - Valid input, the common case, is recognised by `isValidDataset` (`validDataset`: fast, no
 *   allocation per event); only otherwise does the collecting pass run, to list what is wrong.
 * - Every problem is listed, not only the first: the structure is checked with `datasetSchema`
 *   (valibot), then the rules that span several values (unique ids, references, `partOf` cycles,
 *   EDTF dates and their order, resolved/inferred requirements, a source's file or url, quote
 *   offsets (only for a source with a file) and slices, one actor participant per event, stance
 *   conflicts) run on whatever is there.
 * - Paths are in JavaScript notation from the dataset: `events[3].participants[0].actor`, with
 *   array positions (not ids, which may themselves be the problem); `''` is the input itself.
 * - Unknown fields are errors, not silently dropped, since they are usually typos
 *   (`events[0].tittle: … expected no field "tittle" here (a typo?); the known fields are id, type, title, …`).
 *   The one exception is a top-level `"$schema"` string, for editors.
 *
 * @example
 * const dataset = parseDataset(await (await fetch(src)).json());
 * parseDataset(builtinDataset, { sourceTexts }); // also checks each quote against the texts
 * - Lists and texts have limits (`DATASET_LIMITS`): a list over its limit is reported alone, at once.
 * - Input that cannot be read (a getter or Proxy that throws) is a `DatasetError` too, whose one
 *   issue names what was thrown (kept as its `cause`): never any other exception.
 * @throws DatasetError listing every problem: `events[3].when.start: got "2013-02-30", expected a day from 01 to 28 …`
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  let issues: DatasetIssue[];
  try {
    const valid = validDataset(input, options);
    if (valid) return valid;
    issues = collectDatasetIssues(input, options);
    // Valid, so the input has exactly the model's shape (the schema is type-checked against it).
    if (issues.length === 0) return withoutSchemaKey(input) as Dataset;
  } catch (error) {
    throw new DatasetError([unreadableIssue(error)], { cause: error });
  }
  throw new DatasetError(issues);
}
