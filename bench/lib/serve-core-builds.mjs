import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './static-server.mjs';
import { benchData } from './bench-data.mjs';

/**
 * For the scripts that time core's functions in fresh Chromium pages, two builds side by side: each
 * side's built core (`sides`: [name, its dist folder]) bundled alone by esbuild as `/<name>.js` (every
 * export of its index.js), an empty page `/index.html` titled `title`, served from a temporary folder.
 * `setEvents(n)` serves the bench's synthetic dataset of n events at `/data.json`.
 */
export async function serveCoreBuilds(sides, title) {
  const { build } = await import('esbuild');
  const root = mkdtempSync(path.join(os.tmpdir(), `${title.replaceAll(' ', '-')}-`));
  for (const [name, dir] of sides) {
    const entry = path.join(root, `${name}-entry.js`);
    writeFileSync(entry, `export * from ${JSON.stringify(pathToFileURL(path.resolve(dir, 'index.js')).pathname)};\n`);
    await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: path.join(root, `${name}.js`), logLevel: 'error' });
  }
  writeFileSync(path.join(root, 'index.html'), `<!doctype html><meta charset="utf-8"><title>${title}</title>`);
  const served = new Map();
  const server = await serveStatic(root, served);
  return {
    server,
    setEvents(n) {
      served.clear();
      served.set('/data.json', Buffer.from(JSON.stringify(benchData(n).dataset)));
    },
  };
}
