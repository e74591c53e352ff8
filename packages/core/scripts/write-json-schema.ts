// `npm run schema`: regenerates packages/core/dataset.schema.json and the yes/no structure check
// (src/validate/is-well-formed-dataset.ts), both from datasetSchema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDatasetJsonSchema } from './build-dataset-json-schema.js';
import { buildDatasetStructureCheck } from './build-dataset-structure-check.js';

for (const [file, text] of [
  ['../dataset.schema.json', buildDatasetJsonSchema()],
  ['../src/validate/is-well-formed-dataset.ts', buildDatasetStructureCheck()],
] as const) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
