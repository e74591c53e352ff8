import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../src/dataset/index.js';
import type { Evidence } from '../src/model/index.js';
import { seedFile, seedQuote } from './support/seed-quotes.js';

// The seeds live at the repository root; this file is packages/core/test/.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { sources, events, stances } = builtinDataset;

const seedText = (sourceId: string): string => {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`evidence cites unknown source "${sourceId}"`);
  return readFileSync(path.join(root, seedFile(source)), 'utf8');
};

/** Every quote of the dataset, labelled with where it sits, for readable failures. */
const quotes: [string, ReturnType<typeof seedQuote>][] = [
  ...events.flatMap((e) => e.evidence.map((ev, i): [string, Evidence] => [`events[id=${e.id}].evidence[${i}]`, ev])),
  ...stances.flatMap((s) => s.evidence.map((ev, i): [string, Evidence] => [`stances[id=${s.id}].evidence[${i}]`, ev])),
].map(([where, ev]) => [where, seedQuote(ev)]);

describe('the seed files behind the built-in dataset', () => {
  it.each(sources.map((s) => [s.id, s] as const))('source %s names a file that exists under seeds/', (_id, source) => {
    const file = seedFile(source);
    expect(file.startsWith('seeds/'), file).toBe(true);
    expect(existsSync(path.join(root, file)), `${file} is missing`).toBe(true);
  });

  it.each(sources.map((s) => [s.id, s] as const))('source %s pins the sha256 of its file\'s exact bytes', (_id, source) => {
    const bytes = readFileSync(path.join(root, seedFile(source)));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(source.sha256);
  });

  it.each(sources.map((s) => [s.id, s] as const))('source %s decodes as UTF-8 without loss, so offsets are stable', (_id, source) => {
    // A lossy decode (U+FFFD) or a byte-order mark would shift every UTF-16 offset after it.
    const bytes = readFileSync(path.join(root, seedFile(source)));
    const text = bytes.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('every article in seeds/ is a source of the dataset', () => {
    const files = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
    expect(sources.map((s) => s.file).sort()).toEqual(files.sort());
  });
});

describe('evidence quotes', () => {
  it.each(quotes)('%s is the exact slice of its seed', (_where, ev) => {
    const text = seedText(ev.source);
    expect(ev.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('no quote is blank or starts or ends inside a word', () => {
    // A slice that cuts a word in half is a sign of offsets that drifted by a character or two.
    const cut = quotes.filter(([, ev]) => {
      const text = seedText(ev.source);
      const inWord = (i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '') && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      return ev.text.trim() === '' || inWord(ev.start) || inWord(ev.end);
    });
    expect(cut.map(([where, ev]) => `${where}: ${JSON.stringify(ev.text)}`)).toEqual([]);
  });

  it('a quote names a speaker only when the seed prints it inside quotation marks (the actor\'s own words)', () => {
    // Reported speech ("Lavrov said the draft …") is the journalist's wording, not the speaker's: no `speaker` then.
    // Inside = an odd number of straight quotes, or more “ than ”, between the start of the paragraph and the quote.
    const unquoted = quotes.filter(([, ev]) => {
      if (ev.speaker === undefined) return false;
      const text = seedText(ev.source);
      const before = text.slice(text.lastIndexOf('\n', ev.start) + 1, ev.start);
      const count = (re: RegExp) => (before.match(re) ?? []).length;
      return count(/"/g) % 2 === 0 && count(/“/g) <= count(/”/g);
    });
    expect(unquoted.map(([where, ev]) => `${where} (${ev.speaker}): ${JSON.stringify(ev.text)}`)).toEqual([]);
  });
});
