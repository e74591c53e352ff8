import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';

const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pagesDir = path.join(benchDir, 'pages');
export const PAGES = ['empty', 'ours', 'vis-timeline', 'timelines-chart'];
export const DIST = path.join(benchDir, 'dist');

/** Puts frame-probe.js inline, first in <head>, so it runs before any library module. */
function inlineFrameProbe() {
  return {
    name: 'bench-inline-frame-probe',
    async transformIndexHtml() {
      const code = await readFile(path.join(pagesDir, 'frame-probe.js'), 'utf8');
      return [{ tag: 'script', children: code, injectTo: 'head-prepend' }];
    },
  };
}

const quiet = { logLevel: 'warn', configFile: false };

/**
 * Production build of the pages into bench/dist/pages (with a manifest, for sizes). With
 * `minify: false` (into bench/dist/pages-unminified) function names survive, for profiles.
 */
export async function buildPages(pages = PAGES, { minify = true } = {}) {
  await build({
    ...quiet,
    root: pagesDir,
    base: './',
    // `source` makes @syria-timeline/* resolve to their TypeScript, as in the tests and the demo.
    resolve: { conditions: ['source', ...defaultClientConditions] },
    plugins: [inlineFrameProbe()],
    build: {
      outDir: path.join(DIST, minify ? 'pages' : 'pages-unminified'),
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, path.join(pagesDir, `${p}.html`)])) },
    },
  });
}

/**
 * Our element as a library user would ship it: packages/elements/src/index.ts with every
 * dependency (Lit, d3, date-fns, valibot, core) inlined and minified, in one file. Same settings
 * as packages/elements/vite.cdn.config.ts, built here so the bench doesn't depend on dist/.
 */
export async function buildOursBundle() {
  const out = path.join(DIST, 'lib');
  await build({
    ...quiet,
    root: path.join(benchDir, '..', 'packages', 'elements'),
    resolve: { conditions: ['source', ...defaultClientConditions] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'syria-timeline.bundle.js' },
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return path.join(out, 'syria-timeline.bundle.js');
}
