import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '@syria-timeline/core';

/** Where editors find the JSON Schema of a dataset (VS Code and others validate as you type). */
export const SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@syria-timeline/core/dataset.schema.json';

const EXAMPLE_TEXT =
  'HARBOUR CITY, March 3 (Example News) - The mayor met the port workers\u2019 union on Tuesday and promised ' +
  '\u201ca fair hearing\u201d for their demands.\n';

/**
 * A starter dataset that validates: `timeline.json` (with `"$schema"`) and the source text it
 * quotes, `sources/example.txt`. Replace both with your own. Refuses to overwrite a file unless `force`.
 * Returns the paths written.
 */
export async function initDataset(dir: string, { force = false } = {}): Promise<string[]> {
  const dataFile = path.join(dir, 'timeline.json');
  const textFile = path.join(dir, 'sources', 'example.txt');
  if (!force) {
    for (const file of [dataFile, textFile]) {
      if (await exists(file)) throw new Error(`${file} exists already: remove it or pass --force to overwrite it`);
    }
  }
  const quote = '\u201ca fair hearing\u201d';
  const start = EXAMPLE_TEXT.indexOf(quote);
  const data: Dataset & { $schema: string } = {
    $schema: SCHEMA_URL,
    version: 1,
    lanes: [
      { id: 'city', label: 'City hall', order: 0, color: '#3a7bd5' },
      { id: 'union', label: 'Port workers', order: 1, color: '#b06f00' },
    ],
    actors: [
      { id: 'mayor', name: 'The mayor', kind: 'person', lane: 'city' },
      { id: 'union', name: 'Port workers\u2019 union', kind: 'group', lane: 'union' },
    ],
    issues: [],
    sources: [
      {
        id: 'example', file: 'sources/example.txt', title: 'Mayor meets port workers', publisher: 'Example News',
        dateline: { start: '2024-03-03', basis: 'stated' },
      },
    ],
    events: [
      {
        id: 'mayor-meets-union', type: 'meeting', title: 'The mayor meets the port workers\u2019 union',
        when: { start: '2024-02-27', basis: 'resolved', phrase: 'on Tuesday', anchor: 'example' },
        participants: [{ actor: 'mayor', role: 'actor' }, { actor: 'union', role: 'recipient' }],
        evidence: [{ source: 'example', start, end: start + quote.length, text: quote }],
      },
    ],
    stances: [],
  };
  await mkdir(path.dirname(textFile), { recursive: true });
  await writeFile(textFile, EXAMPLE_TEXT);
  await writeFile(dataFile, `${JSON.stringify(data, null, 2)}\n`);
  return [dataFile, textFile];
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}
