import { isRecord } from './located-records.js';

/**
 * The input without a top-level string `"$schema"` key. Dataset files may name
 * dataset.schema.json there so that editors complete and check them; it is not part of the data.
 */
export function withoutSchemaKey(input: unknown): unknown {
  if (!isRecord(input) || typeof input.$schema !== 'string') return input;
  const { $schema: _ignored, ...rest } = input;
  return rest;
}
