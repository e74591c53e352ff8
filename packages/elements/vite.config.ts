import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { keepWorkerUrl } from './vite-keep-worker-url.js';

/**
 * The library build: dist/index.js, ESM, with every dependency left as an import (the app's bundler
 * dedupes Lit and d3). The all-in-one CDN file is vite.cdn.config.ts.
 */
const deps = Object.keys(pkg.dependencies ?? {});
// `#dev-mode` stays an import, for the app's bundler to resolve by its export conditions (package.json "imports").
const external = (id: string) => id === '#dev-mode' || deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  plugins: [keepWorkerUrl()],
  build: {
    lib: {
      // The two values of `#dev-mode` are entries of their own, so the app's bundler picks one.
      // dataset-worker.js: the module the element starts as a Worker for large `src` answers (kept as `new Worker(new URL(…))`, see the plugin).
      entry: {
        index: 'src/index.ts', 'dev-mode': 'src/dev-mode.ts', 'dev-mode.development': 'src/dev-mode.development.ts',
        'dataset-worker': 'src/dataset-worker.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // 'allow-extension', not library mode's 'strict': with 'strict' Rolldown emits every module the
    // entry shares with a lazy chunk (the legend, the canvas labels) as a file of its own
    // (rolldown/rolldown#10731), which an app's esbuild --splitting then keeps as extra first-load files.
    rolldownOptions: { external, preserveEntrySignatures: 'allow-extension' },
    sourcemap: true,
    target: 'es2022',
    minify: false,
    // The stylesheet (syria-timeline.css?inline) is a string in the code, which the app's
    // bundler will not minify: do it here.
    cssMinify: true,
  },
});
