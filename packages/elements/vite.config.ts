import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The library build: dist/index.js, ESM, with every dependency left as an import (the app's bundler
 * dedupes Lit and d3). The all-in-one CDN file is vite.cdn.config.ts.
 */
const deps = Object.keys(pkg.dependencies ?? {});
const external = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rolldownOptions: { external },
    sourcemap: true,
    target: 'es2022',
    minify: false,
    // The stylesheet (syria-timeline.css?inline) is a string in the code, which the app's
    // bundler will not minify: do it here.
    cssMinify: true,
  },
});
