// What a page downloads first, by module: `node packages/elements/scripts/first-load-breakdown.mjs`
// (from the repository root). Builds packages/elements/src/index.ts the way an app's bundler does
// (minified, code-split, every dependency inside, production Lit), then attributes the bytes of
// the first-load chunks to their sources through the source map, and lists the lazy chunks (the
// built-in dataset, the ru/fr/ar date-fns locales). Per-group gzip is of that group's code alone,
// so the groups add up to more than the total: read them as shares. Nothing is written to disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const elementsRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(5);

/** Decodes source-map "mappings" into absolute [line, generated column, source index] segments. */
function* segments(mappings) {
  let src = 0;
  let line = 0;
  for (const group of mappings.split(';')) {
    let col = 0;
    for (const seg of group.split(',')) {
      if (!seg) continue;
      const values = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0];
      if (values.length > 1) src += values[1];
      yield { line, col, src: values.length > 1 ? src : -1 };
    }
    line++;
  }
}

/** A package name for node_modules, `core/<area>/` or `elements/<dir>/`, else the file. */
function groupOf(relative, chunkName) {
  // Sources are relative to the chunk's place in the (unwritten) output folder.
  const source = path.resolve(elementsRoot, 'dist', path.dirname(chunkName), relative);
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = /packages\/(core|elements)\/src\/([^/]+)(\/)?/.exec(source);
  if (!m) return relative;
  return m[3] ? `${m[1]}/${m[2]}/` : `${m[1]}/*.ts`;
}

const out = await build({
  configFile: false,
  logLevel: 'silent',
  root: elementsRoot,
  resolve: { conditions: ['source', 'production', 'module', 'browser'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    write: false,
    sourcemap: true,
    minify: true,
    target: 'es2022',
    rolldownOptions: { input: 'src/index.ts', preserveEntrySignatures: 'strict' },
  },
});
const chunks = [out].flat()[0].output.filter((o) => o.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const first = new Set();
const visit = (name) => {
  if (first.has(name)) return;
  first.add(name);
  for (const imported of byName.get(name).imports) visit(imported);
};
visit(chunks.find((c) => c.isEntry).fileName);

const groups = new Map();
for (const name of first) {
  const chunk = byName.get(name);
  const lines = chunk.code.split('\n');
  const segs = [...segments(chunk.map.mappings)];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const next = segs[i + 1];
    const end = next && next.line === s.line ? next.col : lines[s.line].length;
    const group = s.src >= 0 ? groupOf(chunk.map.sources[s.src], name) : '(bundler runtime)';
    groups.set(group, (groups.get(group) ?? '') + lines[s.line].slice(s.col, end));
  }
}
const total = [...first].reduce((sum, name) => sum + gzip(byName.get(name).code), 0);
console.log(`First load: ${first.size} file(s), ${kib(total)} KiB gzip (each file gzipped alone, as a server sends it)`);
const rows = [...groups].map(([group, code]) => ({ group, min: code.length, gz: gzip(code) })).sort((a, b) => b.gz - a.gz);
for (const r of rows) console.log(`  ${r.group.padEnd(28)} ${kib(r.min)} KiB min ${kib(r.gz)} KiB gzip`);
console.log('Lazy chunks (loaded only when used):');
for (const c of chunks.filter((c) => !first.has(c.fileName))) {
  console.log(`  ${c.fileName.padEnd(28)} ${kib(c.code.length)} KiB min ${kib(gzip(c.code))} KiB gzip`);
}
