import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema, datasetSchemaParts } from '../src/validate/dataset-schema.js';
import { BASIS_REQUIRES, UNDATED_NOTE_PATTERN } from '../src/validate/dataset-vocabulary.js';

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
  const definitions = (schema as { $defs?: Record<string, Record<string, unknown>> }).$defs ?? {};
  if (definitions.When) definitions.When = { ...definitions.When, allOf: whenRules() };
  if (definitions.Relation) definitions.Relation = { ...definitions.Relation, allOf: [requiresWhen('inferred', ['note'])] };
  const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
  const document = {
    $schema: schema.$schema,
    $id: DATASET_SCHEMA_ID,
    title: 'syria-timeline dataset',
    description:
      'A timeline of diplomatic events: lanes, actors, issues, sources, dated events and stances, each quoted from a source text. ' +
      'Generated from datasetSchema by `npm run schema`; do not edit. It checks structure only: references between ids, ' +
      'date order and quote slices are checked by parseDataset() in @syria-timeline/core.',
    ...schema,
    // Editors read "$schema" in the data file to find this schema; parseDataset ignores it.
    properties: { $schema: { type: 'string', description: 'The URL or path of this schema (ignored by parseDataset)' }, ...properties },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `if basis is <basis> then <fields> are required`, as JSON Schema draft-07 spells it. */
function requiresWhen(basis: string, fields: readonly string[]): Record<string, unknown> {
  // `properties` beside `required` so that strict validators (ajv strictRequired) see the fields defined.
  const defined = Object.fromEntries(fields.map((field) => [field, true]));
  return { if: { properties: { basis: { const: basis } }, required: ['basis'] }, then: { properties: defined, required: [...fields] } };
}

/**
 * The rules of a `When` that hang on its basis (the same table `parseDataset` reads), and the
 * stated-but-undated rule: a stated date's note must not say the text does not date it.
 */
function whenRules(): Record<string, unknown>[] {
  const rules = Object.entries(BASIS_REQUIRES).map(([basis, fields]) => requiresWhen(basis, fields));
  rules.push({
    if: { properties: { basis: { const: 'stated' } }, required: ['basis'] },
    then: { properties: { note: { type: 'string', not: { type: 'string', pattern: caseInsensitivePattern(UNDATED_NOTE_PATTERN) } } } },
  });
  return rules;
}

/** A lowercase `/…/i` pattern without flags (JSON Schema has none): each letter becomes `[xX]`. */
export function caseInsensitivePattern(pattern: RegExp): string {
  return pattern.source.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}
