// `npm run schema`: regenerates packages/core/dataset.schema.json from datasetSchema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDatasetJsonSchema } from './build-dataset-json-schema.js';

const target = fileURLToPath(new URL('../dataset.schema.json', import.meta.url));
writeFileSync(target, buildDatasetJsonSchema());
console.log(`wrote ${target}`);
