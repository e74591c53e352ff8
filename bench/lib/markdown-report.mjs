import { floorLine, goalLines, table, zoomTable } from './report.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The run as Markdown: command, machine, table, goals and bundle sizes (for RESULTS.md). */
export function markdownReport({ quick, machine, rows, goals, sizes, argv, floor }) {
  const out = [];
  out.push(`Command: \`npm run ${quick ? 'bench:quick' : 'bench'}${argv.filter((a) => a !== '--quick').length ? ` -- ${argv.filter((a) => a !== '--quick').join(' ')}` : ''}\`  `);
  out.push(`Date: ${machine.date}  `);
  out.push(`Machine: ${machine.cpu} × ${machine.cpus} (shared), ${machine.memGB} GB, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} headless  `);
  out.push(`Load average (1/5/15 min): ${machine.loadAvgAtStart.join(' / ')} at start, ${machine.loadAvgAtEnd.join(' / ')} at end`);
  if (floor) out.push(floorLine(floor));
  out.push('', table(rows), '', 'Zoom by wheel events, and the paced zoom with the work each step deferred:', '', zoomTable(rows), '');
  out.push('Ours draws the event titles on the plot in every row (always on since issue 11; no attribute turns them off).', '');
  out.push('Goals (informational):', '', '```', goalLines(goals), '```', '');
  if (Number.isFinite(sizes.oursLibraryGzipBytes)) {
    out.push(`Our element as a library (minified, every dependency inlined): **${kib(sizes.oursLibraryGzipBytes)} gzip at first load**` +
      (sizes.oursLibrary ? `, plus ${kib(sizes.oursLibrary.lazyGzip)} in lazy chunks loaded only when used (${sizes.oursLibrary.lazyChunks.map((c) => `${c.file} ${kib(c.gzip)}`).join(', ')}).` : '.'));
  }
  if (sizes.userBundle) out.push('', userBundleLine(sizes.userBundle));
  if (sizes.whatIf) {
    out.push('', 'What-if builds of the first load (not shipped):', '', '| build | gzip |', '| --- | --- |');
    for (const w of sizes.whatIf) out.push(`| ${w.label} | ${kib(w.gzipBytes)} |`);
  }
  if (sizes.breakdown) {
    out.push('', 'First load by source (each group gzipped alone, so the column adds up to more than the bundle):', '',
      '| source | minified | gzip alone |', '| --- | --- | --- |');
    for (const r of sizes.breakdown.rows.filter((r) => r.gzipBytes >= 512)) out.push(`| ${r.group} | ${kib(r.bytes)} | ${kib(r.gzipBytes)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The first load of an app bundled by esbuild with splitting, and the CDN file, in one line. */
export function userBundleLine(u) {
  return `As a user's bundler produces it (\`${u.bundler}\`, a tiny app importing @syria-timeline/elements from dist/): ` +
    `**${kib(u.firstLoadGzip)} gzip at first load** in ${u.firstLoadChunks} file(s)` +
    `${firstLoadHolds(u)}, plus ${kib(u.lazyGzip)} in ${u.lazyChunks} lazy chunk(s); ` +
    `the CDN file (dist/syria-timeline.bundle.js, everything inlined) ${kib(u.cdnGzip)} gzip.`;
}

/** What the element imports with `import()` but a bundler put into the first load anyway. */
function firstLoadHolds(u) {
  const held = [u.validatorInFirstLoad && 'the dataset validator with valibot', u.builtinInFirstLoad && 'the built-in dataset'].filter(Boolean);
  return held.length ? ` (${held.join(' and ')} among them, though the element imports them with import())` : '';
}
