/**
 * Builds one small app (`entry`) in `app` with each bundler a user may pick, as that bundler's
 * defaults resolve the installed packages (the `default` export condition → dist/), into
 * `app/bundles/<name>/` with an `index.html` beside it. Used by pack.test.ts to check that no
 * bundler breaks the element: esbuild without code splitting once drew nothing, because it wraps
 * the modules that `import()` reaches in lazy initialisers and, under `"sideEffects": false`,
 * dropped the call that runs them for the static path (evanw/esbuild#1088 has the same shape).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import webpack from 'webpack';
import { build as vite } from 'vite';

export const BUNDLERS = ['esbuild', 'esbuild --splitting', 'rollup', 'webpack 5', 'vite'] as const;
export type Bundler = (typeof BUNDLERS)[number];

/** The folder under `app/bundles/` for a bundler: `esbuild --splitting` → `esbuild-splitting`. */
export const bundleDir = (bundler: Bundler): string => bundler.replace(/\W+/g, '-');

/**
 * Bundles `entry` (a file in `app`) with `bundler` for production; the page is `bundles/<dir>/index.html`.
 * NODE_ENV is 'production' meanwhile, as in an app's production build: Vite and Rollup's node-resolve
 * pick the `development` export condition from it (Vitest runs with NODE_ENV 'test').
 */
export async function bundleApp(app: string, entry: string, bundler: Bundler): Promise<void> {
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await bundleForProduction(app, entry, bundler);
  } finally {
    process.env['NODE_ENV'] = before;
  }
}

async function bundleForProduction(app: string, entry: string, bundler: Bundler): Promise<void> {
  const outdir = path.join(app, 'bundles', bundleDir(bundler));
  await mkdir(outdir, { recursive: true });
  const input = path.join(app, entry);
  let script = '<script type="module" src="./main.js"></script>';
  switch (bundler) {
    case 'esbuild':
    case 'esbuild --splitting':
      await esbuild({
        absWorkingDir: app, entryPoints: { main: input }, bundle: true, format: 'esm', minify: true,
        splitting: bundler === 'esbuild --splitting', outdir, logLevel: 'silent',
      });
      break;
    case 'rollup': {
      const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
      await bundle.write({ dir: outdir, format: 'es', entryFileNames: 'main.js' });
      await bundle.close();
      break;
    }
    case 'webpack 5':
      // A classic script with webpack's own chunk loading, as most webpack apps ship.
      script = '<script defer src="./main.js"></script>';
      await new Promise<void>((resolve, reject) => {
        webpack({
          mode: 'production', context: app, entry: { main: input }, target: 'web', devtool: false,
          output: { path: outdir, filename: '[name].js', publicPath: 'auto' }, infrastructureLogging: { level: 'none' },
        }, (error, stats) => {
          if (error) reject(error);
          else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
          else resolve();
        });
      });
      break;
    case 'vite':
      // No config file: Vite resolves the packages as any app would.
      await writeFile(path.join(app, 'vite-entry.html'), page(`<script type="module" src="./${entry}"></script>`));
      await vite({
        root: app, base: './', configFile: false, logLevel: 'silent',
        build: { outDir: outdir, emptyOutDir: true, rollupOptions: { input: path.join(app, 'vite-entry.html') } },
      });
      // Vite writes the page under its input name; serve it as index.html like the others.
      script = '';
      break;
  }
  if (script) await writeFile(path.join(outdir, 'index.html'), page(script));
  else await rename(path.join(outdir, 'vite-entry.html'), path.join(outdir, 'index.html'));
}

/** A page with no element of its own: the entry makes them. An empty icon keeps the console clean. */
function page(script: string): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bundler check</title>' +
    `<link rel="icon" href="data:,">${script}</head><body></body></html>`;
}
