import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { buildDatasetJsonSchema } from '../scripts/build-dataset-json-schema.js';
import { validDataset } from './broken-datasets/valid-dataset.js';
import { DATASET_LIMITS, isSafeColor } from '../src/validate/index.js';

const schemaFile = fileURLToPath(new URL('../dataset.schema.json', import.meta.url));
const committed = readFileSync(schemaFile, 'utf8');
// strict: an unknown keyword or a sloppy tuple in the generated schema fails the compile.
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(committed));

describe('dataset.schema.json', () => {
  it('is what `npm run schema` generates from datasetSchema (regenerate it if this fails)', () => {
    expect(committed).toBe(buildDatasetJsonSchema());
  });

  it('accepts a valid dataset, with or without a "$schema" key', () => {
    expect(validate(validDataset()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ $schema: './dataset.schema.json', ...validDataset() })).toBe(true);
  });

  it('rejects structural mistakes: a misspelt field, a bad id, a wrong version, a javascript: url, no evidence', () => {
    const cases: ((d: Record<string, any>) => void)[] = [
      (d) => { d.events[0].tittle = 'x'; },
      (d) => { d.actors[0].id = 'Russia'; },
      (d) => { d.version = 2; },
      (d) => { d.sources[0].url = 'javascript:alert(1)'; },
      (d) => { d.events[0].evidence = []; },
      (d) => { d.events[0].when.start = 'Feb 2012'; },
    ];
    for (const mutate of cases) {
      const dataset = validDataset() as unknown as Record<string, any>;
      mutate(dataset);
      expect(validate(dataset), mutate.toString()).toBe(false);
    }
  });

  it('rejects what the date basis and relation rules forbid: resolved without phrase or anchor, article without anchor, ' +
    'inferred without note, stated with a note saying the text does not date it, an inferred relation without note', () => {
    const cases: ((d: Record<string, any>) => void)[] = [
      (d) => { delete d.events[0].when.phrase; },
      (d) => { delete d.events[0].when.anchor; },
      (d) => { d.events[1].when = { start: '2012-02-08', basis: 'article' }; },
      (d) => { d.events[1].when = { start: '2012-02-08', basis: 'inferred' }; },
      (d) => { d.stances[0].when.note = 'NOT DATED in the text'; },
      (d) => { d.stances[0].when.note = 'the article is undated'; },
      (d) => { d.relations[0].basis = 'inferred'; },
      (d) => { d.relations[0].kind = 'friendship'; },
    ];
    for (const mutate of cases) {
      const dataset = validDataset() as unknown as Record<string, any>;
      mutate(dataset);
      expect(validate(dataset), mutate.toString()).toBe(false);
    }
    // …and accepts the same fields where the basis allows them.
    const fine = validDataset() as unknown as Record<string, any>;
    fine.events[1].when = { start: '2012-02-08', basis: 'article', anchor: '002', note: 'Not dated in the text' };
    fine.relations[0] = { ...fine.relations[0], basis: 'inferred', note: 'from the arms trade the article describes' };
    expect(validate(fine), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('dataset.schema.json and the limits of parseDataset', () => {
  const check = (mutate: (d: Record<string, any>) => void) => {
    const dataset = validDataset() as unknown as Record<string, any>;
    mutate(dataset);
    return validate(dataset);
  };

  it('accepts a colour only: the same forms as isSafeColor', () => {
    for (const colour of ['#c0392b', '#abcd', 'rgb(1 2 3 / 50%)', 'hsla(120, 50%, 50%, .5)', 'teal', 'transparent']) {
      expect(check((d) => { d.lanes[0].color = colour; d.actors[0].color = colour; }), colour).toBe(true);
      expect(isSafeColor(colour)).toBe(true);
    }
    for (const colour of ['url(https://example.org/x)', 'image-set("x" 1x)', 'var(--x)', 'red; x: y', 'red /* */', 'RED', '']) {
      expect(check((d) => { d.lanes[0].color = colour; }), colour).toBe(false);
      expect(check((d) => { d.actors[0].color = colour; }), colour).toBe(false);
      expect(isSafeColor(colour)).toBe(false);
    }
  });

  it('has the text and list limits of DATASET_LIMITS', () => {
    const { shortText, longText, lanes, listItems } = DATASET_LIMITS;
    expect(check((d) => { d.events[0].title = 'x'.repeat(shortText); })).toBe(true);
    expect(check((d) => { d.events[0].title = 'x'.repeat(shortText + 1); })).toBe(false);
    expect(check((d) => { d.events[0].summary = 'x'.repeat(longText); })).toBe(true);
    expect(check((d) => { d.events[0].summary = 'x'.repeat(longText + 1); })).toBe(false);
    expect(check((d) => { d.actors[0].aliases = new Array(listItems + 1).fill('a'); })).toBe(false);
    const manyLanes = (n: number) => (d: Record<string, any>) => {
      for (let i = d.lanes.length; i < n; i++) d.lanes.push({ id: `l${i}`, label: 'L', order: i, color: '#fff' });
    };
    expect(check(manyLanes(lanes))).toBe(true);
    expect(check(manyLanes(lanes + 1))).toBe(false);
  });
});

describe('npm run -s dataset', () => {
  it('prints the built-in dataset as JSON that dataset.schema.json accepts', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const script = fileURLToPath(new URL('../scripts/print-dataset.ts', import.meta.url));
    const printed = JSON.parse(execFileSync(process.execPath, [tsx, script], { encoding: 'utf8' })) as { events: unknown[] };
    expect(printed.events.length).toBeGreaterThan(0);
    expect(validate(printed), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });
});
