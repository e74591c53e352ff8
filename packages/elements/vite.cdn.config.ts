import { defineConfig, defaultClientConditions } from 'vite';

/**
 * The single-file CDN build: dist/syria-timeline.bundle.js, minified ESM with every dependency
 * inlined (Lit, d3, date-fns, valibot, @syria-timeline/core), so one
 * `<script type="module" src=".../syria-timeline.bundle.js">` defines `<syria-timeline>`.
 * Runs after the library build (`npm run build`), so it must not empty dist/.
 */
export default defineConfig({
  // `source` lets the bundle build from core's TypeScript, so it does not depend on core's dist.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Library mode leaves process.env.NODE_ENV alone; a CDN file has no bundler after it to replace it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'syria-timeline.bundle.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // One file: dynamic imports (if any appear) are inlined rather than split into chunks.
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
