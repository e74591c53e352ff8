import { defineConfig, defaultClientConditions, type Plugin } from 'vite';

/**
 * The element imports the built-in dataset, the dataset validator and the translations with
 * `import()`, so that apps bundling it (and pages that do not need them) never download them. In this one
 * file they are inside anyway, and an inlined dynamic import costs more than a static one: Rolldown
 * wraps every module behind it in a lazy initialiser, and Vite adds its preload helper (1.5 kB)
 * even with `modulePreload: false` (vitejs/vite#18551). So here each `import('specifier')` in
 * the element's own source becomes `Promise.resolve(namespace)` of a static import (-2 KiB gzip).
 * The declarations go at the end (imports are hoisted) so line numbers, and the source map, hold.
 */
function staticDynamicImports(): Plugin {
  return {
    name: 'syria-timeline:static-dynamic-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return null;
      const declarations: string[] = [];
      const out = code.replace(/\bimport\('([^']+)'\)/g, (_call, specifier: string) => {
        const name = `__static_import_${declarations.length}`;
        declarations.push(`import * as ${name} from '${specifier}';`);
        return `Promise.resolve(${name})`;
      });
      return declarations.length ? { code: `${out}\n${declarations.join('\n')}\n`, map: null } : null;
    },
  };
}

/**
 * The single-file CDN build: dist/syria-timeline.bundle.js, minified ESM with every dependency
 * inlined (Lit, d3, valibot, @syria-timeline/core and its built-in dataset), so one
 * `<script type="module" src=".../syria-timeline.bundle.js">` defines `<syria-timeline>`.
 *
 * Not Vite's library mode: for the `es` format it deliberately leaves whitespace and comments
 * (to keep /* @__PURE__ *\/ marks for the app bundler after it), and a CDN file has no bundler after it.
 * Runs after the library build (`npm run build`), so it must not empty dist/.
 */
export default defineConfig({
  plugins: [staticDynamicImports()],
  // `source` lets the bundle build from core's TypeScript, so it does not depend on core's dist.
  // `production` always: Vite picks `development` whenever NODE_ENV is set to anything else (as
  // under vitest, in the pack test), and the bundle then carried Lit's dev build (+4 KiB gzip, and
  // a console warning on every page).
  resolve: { conditions: ['source', 'production', ...defaultClientConditions.filter((c) => c !== 'development|production')] },
  // Nothing replaces process.env.NODE_ENV after us.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  // Relative URLs: the dataset worker's file (dist/assets/) is found beside the bundle wherever it is served from.
  base: './',
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
        // One file: any dynamic import left is inlined rather than split into chunks.
        codeSplitting: false,
        // No bundler comes after this file: no legal, annotation or JSDoc comments are needed in it.
        comments: false,
        // Except this one, after minification, on the first line (the only place V8 reads it): Chromium
        // (136+) compiles every function of the file while it downloads, off the main thread, rather than
        // each on its first call. A page of the built-in dataset draws it with 12–19 % less main-thread CPU
        // (see README, "What keeps it fast"); other engines read a comment.
        postBanner: '//# allFunctionsCalledOnLoad',
        // The map points at the sources (src/ ships in the package); inlining them would add ~1 MB to the tarball.
        sourcemapExcludeSources: true,
      },
    },
  },
});
