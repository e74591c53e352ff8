import type { Dataset } from '../model/index.js';
import { isValidDataset } from './is-valid-dataset.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { withoutSchemaKey } from './without-schema-key.js';

/**
 * `input` as `parseDataset` returns it (the same object, or a shallow copy without a top-level
 * `"$schema"` string) when `isValidDataset` accepts it, else `undefined`. The fast path of
 * `parseDataset`, without valibot in its module graph: what a browser page needs at first load,
 * importing the collecting validator only when this says no.
 *
 * @example
 * const dataset = validDataset(json) ?? (await import('@syria-timeline/core/validate')).parseDataset(json);
 */
export function validDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset | undefined {
  return isValidDataset(input, options) ? (withoutSchemaKey(input) as Dataset) : undefined;
}
