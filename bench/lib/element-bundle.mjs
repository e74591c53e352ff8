import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds our element as a library user would ship it: packages/elements/src/index.ts with every
 * dependency (Lit, d3, valibot, core) inlined and minified, split only where the code
 * itself uses `import()` (the built-in dataset). Nothing is written to disk. Fully minified, as an
 * app's production build serves it: Vite's library mode alone keeps the whitespace and comments of
 * `es` output, which counted 5 KiB gzip (46.7 against 41.7) that no page downloads.
 *
 * @param plugins extra Vite plugins (the what-if builds stub modules out with one)
 * @returns the first-load chunks (the entry and what it imports statically) and the lazy ones,
 *   with their code and source maps
 */
export async function buildElementBundle({ plugins = [], sourcemap = false } = {}) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: path.join(root, 'packages', 'elements'),
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins,
    build: {
      write: false,
      sourcemap,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'syria-timeline.bundle.js' },
      target: 'es2022',
      minify: true,
      // Library mode leaves whitespace and comments in `es` output (for the bundler that comes after
      // it); an app's production build removes them, so count the code as it is finally served.
      // Library mode also keeps the entry's exports exactly ('strict'), and Rolldown then emits each
      // module the entry shares with a lazy chunk as a chunk of its own (rolldown/rolldown#10731):
      // 7 first-load files where an app's build, whose entry may gain exports, has one (and 2.3 KiB less gzip).
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  const chunks = [out].flat()[0].output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (chunk) => {
    if (!chunk || first.has(chunk)) return;
    first.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  return { firstLoad: [...first], lazy: chunks.filter((c) => !first.has(c)) };
}

const gz = (chunks) => chunks.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);

/** gzip bytes (each file alone, level 9) of what a page loads first, and of the lazy chunks. */
export async function elementBundleSizes(options) {
  const { firstLoad, lazy } = await buildElementBundle(options);
  return {
    firstLoadGzip: gz(firstLoad),
    lazyGzip: gz(lazy),
    lazyChunks: lazy.map((c) => ({ file: c.fileName, modules: Object.keys(c.modules).length, gzip: gzipSync(c.code, { level: 9 }).length })),
  };
}
