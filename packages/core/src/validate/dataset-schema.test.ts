import { describe, expectTypeOf, it } from 'vitest';
import type { InferOutput } from 'valibot';
import type { Dataset } from '../model/index.js';
import { datasetSchema } from './dataset-schema.js';

describe('datasetSchema', () => {
  it('infers exactly the Dataset model type, so the two cannot drift (checked by tsc)', () => {
    expectTypeOf<InferOutput<typeof datasetSchema>>().toEqualTypeOf<Dataset>();
  });
});
