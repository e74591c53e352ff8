// `npm run -s dataset`: prints the built-in dataset as JSON on stdout (e.g. `npm run -s dataset > my-dataset.json`).
import { builtinDataset } from '../src/dataset/index.js';

process.stdout.write(`${JSON.stringify(builtinDataset, null, 2)}\n`);
