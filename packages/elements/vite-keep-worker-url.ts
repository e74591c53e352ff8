import type { Plugin } from 'vite';

const PLACEHOLDER = '__SYRIA_TIMELINE_WORKER_BASE__';
const WORKER_URL = /new URL\('\.\/dataset-worker\.js', import\.meta\.url\)/g;

/**
 * For the library build (dist/index.js): keeps `new Worker(new URL('./dataset-worker.js',
 * import.meta.url), { type: 'module' })` as written, with dist/dataset-worker.js an entry of its
 * own (its imports of core left to the app's bundler), so that the app's Vite, webpack 5 or Rollup
 * bundles the worker. Vite would otherwise bundle it here and write an absolute `/assets/…` URL,
 * which only works from the root of the site that built it. The expression is hidden from Vite's
 * worker plugin behind a placeholder, and put back once the chunk is written.
 */
export function keepWorkerUrl(): Plugin {
  return {
    name: 'syria-timeline:keep-worker-url',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/dataset-worker-client\.ts$/.test(id)) return null;
      const out = code.replace(WORKER_URL, `new URL('./dataset-worker.js', ${PLACEHOLDER})`);
      return out === code ? this.error('dataset-worker-client.ts: no new URL(\'./dataset-worker.js\', import.meta.url) to keep') : { code: out, map: null };
    },
    renderChunk(code) {
      return code.includes(PLACEHOLDER) ? { code: code.replaceAll(PLACEHOLDER, 'import.meta.url'), map: null } : null;
    },
  };
}
