import { defineConfig, defaultClientConditions } from 'vite';

/**
 * The single-file CDN build: dist/syria-timeline.bundle.js, minified ESM with every dependency
 * inlined (Lit, d3, date-fns, valibot, @syria-timeline/core and its built-in dataset), so one
 * `<script type="module" src=".../syria-timeline.bundle.js">` defines `<syria-timeline>`.
 *
 * Not Vite's library mode: for the `es` format it deliberately leaves whitespace and comments
 * (to keep /* @__PURE__ *\/ marks for the app bundler after it), and a CDN file has no bundler after it.
 * Runs after the library build (`npm run build`), so it must not empty dist/.
 */
export default defineConfig({
  // `source` lets the bundle build from core's TypeScript, so it does not depend on core's dist.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Nothing replaces process.env.NODE_ENV after us.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/index.ts',
      // Keep the entry's exports (SyriaTimeline, the event classes) for `import { … } from '…bundle.js'`.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: 'syria-timeline.bundle.js',
        // One file: dynamic imports (if any appear) are inlined rather than split into chunks.
        codeSplitting: false,
        legalComments: 'none',
        // The map points at the sources (src/ ships in the package); inlining them would add ~1 MB to the tarball.
        sourcemapExcludeSources: true,
      },
    },
  },
});
