import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

const run = promisify(execFile);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = path.join(root, 'bench', 'dist', 'user-app');

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Builds the packages' dist/ as they are published (core: tsc; elements: its Vite library build
 * and the single-file CDN build; no declaration files), for `userBundleSizes`.
 */
export async function buildPackages() {
  const opts = { cwd: root, maxBuffer: 64 * 1024 * 1024 };
  await run('npm', ['run', 'build', '--silent', '-w', '@syria-timeline/core'], opts);
  const elements = { ...opts, cwd: path.join(root, 'packages', 'elements') };
  await run(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], elements);
  await run(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.cdn.config.ts', '--logLevel', 'warn'], elements);
}

/**
 * The first load as a user's bundler produces it: a tiny app that imports `@syria-timeline/elements`
 * (resolved as any app resolves it: the `default` export condition, i.e. the built dist/) and puts
 * one `<syria-timeline>` on the page, bundled by esbuild with `--bundle --splitting --format=esm
 * --minify`. First load = the entry chunk and the chunks it imports statically (from esbuild's
 * metafile), each gzipped alone (level 9); the chunks reached only by `import()` are lazy.
 * Also the gzip size of the single-file CDN bundle (dist/syria-timeline.bundle.js).
 * Call `buildPackages()` first.
 */
export async function userBundleSizes() {
  await mkdir(app, { recursive: true });
  await writeFile(path.join(app, 'main.js'),
    "import '@syria-timeline/elements';\n\ndocument.body.append(document.createElement('syria-timeline'));\n");
  const outdir = path.join(app, 'out');
  const { metafile } = await esbuild({
    absWorkingDir: app, entryPoints: { main: path.join(app, 'main.js') }, bundle: true, format: 'esm', minify: true,
    splitting: true, outdir, metafile: true, write: true, logLevel: 'silent',
  });
  const outputs = metafile.outputs;
  const key = (file) => path.relative(app, path.resolve(app, file)).split(path.sep).join('/');
  // The app's entry (chunks reached by import() have an entryPoint too: the module they start from).
  const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint === 'main.js' && f.endsWith('.js'));
  const first = new Set();
  const visit = (file) => {
    if (first.has(file) || !outputs[file]) return;
    first.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(key(imp.path));
  };
  visit(entry);
  const sizeOf = async (file) => gzip(await readFile(path.resolve(app, file)));
  let firstLoadGzip = 0;
  let lazyGzip = 0;
  const lazyChunks = [];
  for (const file of Object.keys(outputs).filter((f) => f.endsWith('.js'))) {
    const size = await sizeOf(file);
    if (first.has(file)) firstLoadGzip += size;
    else {
      lazyGzip += size;
      lazyChunks.push(file);
    }
  }
  // Whether the first load holds what the element loads with import() (the validator, the built-in dataset).
  const inFirstLoad = (pattern) => [...first].some((file) => Object.keys(outputs[file].inputs).some((i) => pattern.test(i)));
  const validatorInFirstLoad = inFirstLoad(/valibot|core\/dist\/validate\.js/);
  const builtinInFirstLoad = inFirstLoad(/core\/dist\/dataset\/russia-syria/);
  const cdnGzip = gzip(await readFile(path.join(root, 'packages', 'elements', 'dist', 'syria-timeline.bundle.js')));
  return { bundler: 'esbuild --bundle --splitting --format=esm --minify', firstLoadGzip, firstLoadChunks: first.size, lazyGzip, lazyChunks: lazyChunks.length, validatorInFirstLoad, builtinInFirstLoad, cdnGzip };
}
