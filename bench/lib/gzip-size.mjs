import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size (level 9) of one file, in bytes. */
export async function gzipSize(file) {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

/**
 * Every JS and CSS file one page loads, from Vite's manifest: its entry chunk, the chunks that
 * entry imports statically (transitively), and their CSS. Returns bytes raw and gzipped
 * (each file gzipped on its own, as a server sends them).
 */
export async function pageAssetSizes(distDir, htmlName) {
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  visit(htmlName);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const full = path.join(distDir, file);
    raw += (await readFile(full)).length;
    gzip += await gzipSize(full);
  }
  return { files: [...files], raw, gzip };
}
