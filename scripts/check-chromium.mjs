// `npm test` runs most suites in Chromium (Vitest browser mode, the pack and demo tests). Without
// one, say so in one line before anything starts, instead of a launch error deep in a test.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path;
  console.error(`No Chromium at ${where}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
