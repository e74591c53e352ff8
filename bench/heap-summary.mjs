#!/usr/bin/env node
/**
 * What a heap snapshot (bench/heap.mjs --snapshot) holds, by constructor: count and self size,
 * biggest first. With two snapshots, the difference (second − first), biggest growth first.
 *
 *   node bench/heap-summary.mjs a.heapsnapshot [b.heapsnapshot] [--top=30]
 */
import { readFileSync } from 'node:fs';
import { arg } from './lib/cli-arg.mjs';

const top = Number(arg('top', '30'));
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** Map "type name" → { count, size } over all nodes of a snapshot. */
function summarise(file) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: fields, node_types: [types] } = snap.snapshot.meta;
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const { nodes, strings } = snap;
  const groups = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + iType]];
    // Strings and code are grouped by type only; objects by constructor name.
    const name = ['object', 'closure', 'native', 'hidden', 'array'].includes(type) ? strings[nodes[i + iName]].slice(0, 60) : '';
    const key = `${type} ${name}`;
    const g = groups.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += nodes[i + iSize];
    groups.set(key, g);
  }
  return groups;
}

const mb = (b) => (b / 2 ** 20).toFixed(2).padStart(9);
const [a, b] = files.map(summarise);
if (!b) {
  for (const [key, g] of [...a].sort((x, y) => y[1].size - x[1].size).slice(0, top)) {
    console.log(`${mb(g.size)} MiB ${String(g.count).padStart(9)}  ${key}`);
  }
} else {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const rows = [...keys].map((k) => {
    const x = a.get(k) ?? { count: 0, size: 0 };
    const y = b.get(k) ?? { count: 0, size: 0 };
    return [k, y.size - x.size, y.count - x.count];
  });
  for (const [key, size, count] of rows.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, top)) {
    console.log(`${mb(size)} MiB ${String(count).padStart(9)}  ${key}`);
  }
}
