import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema, datasetSchemaParts } from '../src/validate/dataset-schema.js';
import { BASIS_REQUIRES, UNDATED_NOTE_PATTERN } from '../src/validate/dataset-vocabulary.js';
import { EDTF_PROFILE_PATTERN } from '../src/dates/index.js';

/** Where the schema says it lives: the file as published in the core package. */
export const DATASET_SCHEMA_ID = 'https://unpkg.com/@syria-timeline/core/dataset.schema.json';

/**
 * A date of the EDTF profile that exists, as one regular expression (JSON Schema has no code):
 * `isProfileDate` spelt out. A month from 01 to 12; a day that the month has, 29 February only in
 * leap years of the proleptic Gregorian calendar (year 0000 is one); `XX` for an unspecified month
 * or day (a day only with a month), and a qualifier (~ ? %) only on a date without XX. A test
 * compares the two on generated strings.
 */
export const EXISTING_DATE_PATTERN = (() => {
  const month = '(?:0[1-9]|1[0-2])';
  const day = '(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)';
  const leapYear = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
  const q = '[~?%]?';
  return `^(?:\\d{4}${q}|\\d{4}-XX(?:-XX)?|\\d{4}-${month}(?:-XX|${q})|\\d{4}-${day}${q}|${leapYear}-02-29${q})$`;
})();

/**
 * dataset.schema.json as text, from `datasetSchema` (so the two cannot disagree). It covers the
 * structure, and the rules within one object that a JSON Schema can say: what each date basis
 * requires, dates that exist, offsets in pairs, a source's file or url, an event's actor. What it
 * cannot say (references between ids, cycles, date order, offsets against lengths and texts) is
 * checked by `parseDataset`; test/json-schema-and-parse-dataset.test.ts lists each.
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
    // The profile's shape becomes the exact pattern of the dates that exist (parseDataset's date check).
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' && (valibotAction as { requirement?: unknown }).requirement === EDTF_PROFILE_PATTERN
        ? { ...jsonSchema, pattern: EXISTING_DATE_PATTERN }
        : undefined,
  });
  const definitions = (schema as { $defs?: Record<string, Record<string, unknown>> }).$defs ?? {};
  if (definitions.When) definitions.When = { ...definitions.When, allOf: whenRules() };
  if (definitions.Relation) definitions.Relation = { ...definitions.Relation, allOf: [requiresWhen('inferred', ['note'])] };
  // Offsets come in pairs (both, or neither for a quote from a source known only by its URL). The
  // words for authors are added here, so that the schema's prose does not weigh on the bundle.
  if (definitions.Evidence) {
    definitions.Evidence = {
      ...definitions.Evidence,
      description: 'A quote: its exact text, with start and end when its source has a file (a local text), ' +
        'without them when the source is known only by its URL',
      dependencies: { start: ['end'], end: ['start'] },
    };
  }
  // A source has a local text, or is known by its URL.
  if (definitions.Source) {
    definitions.Source = {
      ...definitions.Source,
      description: 'A source text: a file (a local copy, which its quotes carry offsets into), or else a url alone ' +
        '(a source known only by its URL, whose quotes carry their text without offsets)',
      anyOf: [{ properties: { file: true }, required: ['file'] }, { properties: { url: true }, required: ['url'] }],
    };
  }
  // Someone did it: at least one participant with role 'actor'.
  const event = definitions.TimelineEvent as { properties?: Record<string, Record<string, unknown>> } | undefined;
  if (event?.properties?.participants) {
    event.properties.participants = {
      ...event.properties.participants,
      contains: { type: 'object', properties: { role: { const: 'actor' } }, required: ['role'] },
    };
  }
  const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
  const document = {
    $schema: schema.$schema,
    $id: DATASET_SCHEMA_ID,
    title: 'syria-timeline dataset',
    description:
      'A timeline of diplomatic events: lanes, actors, issues, sources, dated events and stances, each quoted from a source text. ' +
      'Generated from datasetSchema by `npm run schema`; do not edit. It checks the structure and the rules within one object ' +
      '(what a date basis requires, dates that exist, offsets in pairs, a source with a file or a url, an event with an actor); ' +
      'references between ids, cycles, date order, offsets against text lengths and quotes against source texts are checked ' +
      'by parseDataset() in @syria-timeline/core.',
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
