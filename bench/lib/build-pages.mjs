import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';

const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pagesDir = path.join(benchDir, 'pages');
export const PAGES = ['empty', 'floor', 'ours', 'vis-timeline', 'timelines-chart'];
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
