import path from 'node:path';
import { arg } from './cli-arg.mjs';
import { DIST, buildPages } from './build-pages.mjs';
import { serveStatic } from './static-server.mjs';

/**
 * Our bench page served with `dataset` at /data/ours.json, for the scripts that study one build:
 * this checkout's pages, built first unless `--no-build`, or another build's with `--pages=DIR`.
 * `minify: false` serves the unminified pages, whose CPU profiles name our functions.
 */
export async function serveOurPage(dataset, { minify = true } = {}) {
  const pagesDir = arg('pages', null);
  if (!pagesDir && !process.argv.includes('--no-build')) await buildPages(['ours'], { minify });
  const dir = pagesDir ? path.resolve(pagesDir) : path.join(DIST, minify ? 'pages' : 'pages-unminified');
  return serveStatic(dir, new Map([['/data/ours.json', Buffer.from(JSON.stringify(dataset))]]));
}
