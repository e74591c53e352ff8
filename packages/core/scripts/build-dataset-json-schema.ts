import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema, datasetSchemaParts } from '../src/validate/dataset-schema.js';

/** Where the schema says it lives: the file as published in the core package. */
export const DATASET_SCHEMA_ID = 'https://unpkg.com/@syria-timeline/core/dataset.schema.json';

/**
 * dataset.schema.json as text, from `datasetSchema` (so the two cannot disagree). It covers the
 * structure only; references, date order and quote slices are checked by `parseDataset`.
 */
export function buildDatasetJsonSchema(): string {
  const schema = toJsonSchema(datasetSchema, {
    target: 'draft-07',
    definitions: datasetSchemaParts,
    errorMode: 'throw',
    // JSON cannot encode NaN or Infinity, so `finite` has nothing to say in a JSON Schema.
    ignoreActions: ['finite'],
    // A one-item tuple with a rest of the same type ([Evidence, ...Evidence[]]) is, in JSON Schema,
    // simply a non-empty array; written so, strict validators (ajv strictTuples) accept it too.
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      if (valibotSchema.type !== 'tuple_with_rest') return undefined;
      const { items: _tuple, additionalItems, ...rest } = jsonSchema;
      return { ...rest, items: additionalItems, minItems: 1 } as typeof jsonSchema;
    },
  });
  const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
  const document = {
    $schema: schema.$schema,
    $id: DATASET_SCHEMA_ID,
    title: 'syria-timeline dataset',
    description:
      'A timeline of diplomatic events: lanes, actors, issues, sources, dated events and stances, each quoted from a source text. ' +
      'Generated from datasetSchema by `npm run schema`; do not edit. It checks structure only: references between ids, ' +
      'date order, resolved/inferred date rules and quote slices are checked by parseDataset() in @syria-timeline/core.',
    ...schema,
    // Editors read "$schema" in the data file to find this schema; parseDataset ignores it.
    properties: { $schema: { type: 'string', description: 'The URL or path of this schema (ignored by parseDataset)' }, ...properties },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
