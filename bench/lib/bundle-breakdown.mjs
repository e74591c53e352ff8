import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildElementBundle } from './element-bundle.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map "mappings": [generatedColumn, sourceIndex] per segment (absolute). */
function* segments(mappings) {
  let col = 0;
  let src = 0;
  let line = 0;
  for (const group of mappings.split(';')) {
    col = 0;
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

const elementsRoot = path.join(root, 'packages', 'elements');

/**
 * Groups a source: a package name for node_modules, `core/<area>`, `elements/<dir>`, or
 * `elements/*.ts` / `*.css`; with `byFile`, our own sources one by one (`elements/src/…`).
 */
function groupOf(source, byFile) {
  // Sources are relative to the output directory (packages/elements/dist).
  const full = path.resolve(elementsRoot, 'dist', source);
  const nm = full.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = full.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (byFile) return path.relative(path.join(root, 'packages'), full);
  const m = /packages\/(core|elements)\/src\/([^/]+)(\/)?/.exec(full);
  if (!m) return path.relative(root, full);
  return m[3] ? `${m[1]}/${m[2]}/` : `${m[1]}/*${path.extname(m[2])}`;
}

/**
 * The first-load code of the element (entry chunk and its static imports), its bytes attributed
 * to sources through the source maps, per group: minified bytes and the gzip size of that group's
 * code alone (groups compress worse apart, so these add up to more than the bundle's gzip; read
 * them as shares). `byFile`: one row per source file of ours (`npm run size:modules -- --by-file`).
 */
export async function bundleBreakdown({ byFile = false } = {}) {
  const { firstLoad } = await buildElementBundle({ sourcemap: true });
  const parts = new Map();
  for (const chunk of firstLoad) {
    const lines = chunk.code.split('\n');
    const segs = [...segments(chunk.map.mappings)];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const next = segs[i + 1];
      const end = next && next.line === s.line ? next.col : lines[s.line].length;
      const group = s.src >= 0 ? groupOf(chunk.map.sources[s.src], byFile) : '(no source)';
      let piece = lines[s.line].slice(s.col, end);
      // The stylesheet (syria-timeline.css?inline) is a string with no source map of its own: it
      // would count for whatever code precedes it. Count it as the stylesheet.
      const css = piece.indexOf('`:host{');
      if (css >= 0) {
        const close = piece.indexOf('`', css + 1);
        const literal = piece.slice(css, close < 0 ? undefined : close + 1);
        if (!parts.has('elements/*.css')) parts.set('elements/*.css', []);
        parts.get('elements/*.css').push(literal);
        piece = piece.slice(0, css) + (close < 0 ? '' : piece.slice(close + 1));
      }
      if (!parts.has(group)) parts.set(group, []);
      parts.get(group).push(piece);
    }
  }
  const rows = [...parts].map(([group, pieces]) => {
    const code = pieces.join('');
    return { group, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { rows };
}
