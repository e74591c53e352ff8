/**
 * Curation helper for the built-in dataset's evidence offsets (not part of the package).
 *
 *   npx tsx packages/core/scripts/find-offsets.ts <source-id> "<quote>"   find a quote, print an Evidence literal
 *   npx tsx packages/core/scripts/find-offsets.ts --check                  check every evidence of builtinDataset
 *   npx tsx packages/core/scripts/find-offsets.ts --fix                    rewrite wrong offsets in events-*.ts / stances*.ts / relations.ts
 *
 * Finding is loose on purpose: the seeds contain NO-BREAK SPACES and curly quotes that are hard to type, so the
 * search maps U+00A0 → ' ', ’‘ → ', “” → " on both sides. Each mapping is one UTF-16 unit to one, so offsets found
 * in the mapped text are offsets in the real text; the printed literal is the real slice (U+00A0 written as \u00a0).
 * --fix never guesses: it only rewrites offsets when the evidence text occurs exactly once in its seed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evidence } from '../src/model/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const datasetDir = path.join(root, 'packages/core/src/dataset/russia-syria-2011-2015');

const loosen = (s: string): string =>
  s.replace(/\u00a0/g, ' ').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

const literal = (s: string): string =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u00a0/g, '\\u00a0')}'`;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

async function loadTexts(): Promise<Map<string, string>> {
  const { builtinDataset } = await import('../src/dataset/russia-syria-2011-2015/index.js');
  // Every built-in source is a seed article with a file (sources known only by a URL belong to other datasets).
  return new Map(builtinDataset.sources.flatMap((s) => (s.file === undefined ? [] : [[s.id, readFileSync(path.join(root, s.file), 'utf8')] as const])));
}

async function find(sourceId: string, quote: string): Promise<void> {
  const text = (await loadTexts()).get(sourceId);
  if (text === undefined) throw new Error(`unknown source "${sourceId}"`);
  const hits = occurrences(loosen(text), loosen(quote));
  if (hits.length === 0) console.log(`not found in ${sourceId}: ${JSON.stringify(quote)}`);
  for (const start of hits) {
    const end = start + quote.length;
    const tag = hits.length > 1 ? `  // occurrence ${hits.indexOf(start) + 1} of ${hits.length}` : '';
    console.log(`{ source: '${sourceId}', start: ${start}, end: ${end}, text: ${literal(text.slice(start, end))} },${tag}`);
  }
}

async function checkOrFix(fix: boolean): Promise<number> {
  const texts = await loadTexts();
  let problems = 0;
  // Every events*/stances*/relations module of the dataset; aggregators (no evidence literals of their own) are skipped below.
  const files: [string, Evidence[]][] = [];
  for (const file of readdirSync(datasetDir).filter((f) => /^(events|stances|relations)(-.+)?\.ts$/.test(f)).sort()) {
    const mod = (await import(path.join(datasetDir, file))) as Record<string, unknown>;
    const items = Object.values(mod).filter(Array.isArray).flat() as { evidence: Evidence[] }[];
    files.push([file, items.flatMap((item) => item.evidence)]);
  }
  for (const [file, evidence] of files) {
    const filePath = path.join(datasetDir, file);
    let code = readFileSync(filePath, 'utf8');
    const pattern = /\{ source: '([0-9a-z-]+)', start: (\d+), end: (\d+), /g;
    const literals = [...code.matchAll(pattern)];
    if (literals.length === 0) continue;
    if (literals.length !== evidence.length) {
      throw new Error(`${file}: ${literals.length} evidence literals on one line each, but ${evidence.length} in the module`);
    }
    // Rewrite from the end so earlier match indices stay valid.
    for (let i = evidence.length - 1; i >= 0; i--) {
      const ev = evidence[i]!;
      const lit = literals[i]!;
      if (lit[1] !== ev.source) throw new Error(`${file}: literal ${i} is source ${lit[1]}, module says ${ev.source}`);
      const seed = texts.get(ev.source) ?? '';
      if (seed.slice(ev.start, ev.end) === ev.text) continue;
      const hits = occurrences(seed, ev.text);
      problems++;
      console.log(`${file} #${i} (${ev.source}) ${JSON.stringify(ev.text.slice(0, 50))}: ` +
        (hits.length === 1 ? `should be ${hits[0]}–${hits[0]! + ev.text.length}` : `${hits.length} exact occurrences`));
      if (fix && hits.length === 1) {
        const replacement = `{ source: '${ev.source}', start: ${hits[0]}, end: ${hits[0]! + ev.text.length}, `;
        code = code.slice(0, lit.index) + replacement + code.slice(lit.index + lit[0].length);
      }
    }
    if (fix) writeFileSync(filePath, code);
  }
  console.log(problems === 0 ? 'all evidence slices exact' : `${problems} evidence slice(s) were off`);
  return problems;
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--check' || first === '--fix') {
  process.exitCode = (await checkOrFix(first === '--fix')) > 0 && first === '--check' ? 1 : 0;
} else if (first !== undefined && rest.length > 0) {
  await find(first, rest.join(' '));
} else {
  console.log('usage: find-offsets.ts <source-id> "<quote>" | --check | --fix');
}
