// What a page downloads first, by module: `npm run size:modules` (from the repository root).
// The same build and attribution as the bench's size columns (lib/element-bundle.mjs,
// lib/bundle-breakdown.mjs), printed on its own. Per-group gzip is of that group's code alone,
// so the groups add up to more than the total: read them as shares. `-- --by-file`: one row per
// source file of ours. Nothing is written to disk.
import { gzipSync } from 'node:zlib';
import { bundleBreakdown } from './lib/bundle-breakdown.mjs';
import { buildElementBundle } from './lib/element-bundle.mjs';

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const gzip = (code) => gzipSync(code, { level: 9 }).length;

const { firstLoad, lazy } = await buildElementBundle();
const { rows } = await bundleBreakdown({ byFile: process.argv.includes('--by-file') });
const total = firstLoad.reduce((sum, c) => sum + gzip(c.code), 0);
console.log(`First load: ${firstLoad.length} chunk(s), ${kib(total).trim()} KiB gzip\n`);
console.log('   min KiB  gzip KiB  source');
for (const r of rows) console.log(`  ${kib(r.bytes)}    ${kib(r.gzipBytes)}  ${r.group}`);
console.log('\nLazy chunks (loaded only when used):');
for (const c of lazy) console.log(`  ${kib(gzip(c.code))} KiB gzip  ${c.fileName}`);
