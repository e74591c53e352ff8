import path from 'node:path';
import { arg } from './cli-arg.mjs';
import { serveStatic } from './static-server.mjs';

/** The two builds' directories of bench pages given as `--a=DIR` and `--b=DIR` (both required). */
export function twoBuildDirs() {
  const dirs = { a: arg('a', null), b: arg('b', null) };
  if (!dirs.a || !dirs.b) throw new Error('--a=DIR and --b=DIR: two builds of the bench pages');
  return dirs;
}

/**
 * The bench pages of two builds (`dirs`: by default `--a=DIR`, `--b=DIR`, directories of built bench
 * pages, as build-pages.mjs builds them), each served with `dataset` at /data/ours.json, for the A/B scripts.
 */
export async function serveTwoBuilds(dataset, dirs = twoBuildDirs()) {
  const served = new Map([['/data/ours.json', Buffer.from(JSON.stringify(dataset))]]);
  return { a: await serveStatic(path.resolve(dirs.a), served), b: await serveStatic(path.resolve(dirs.b), served) };
}
