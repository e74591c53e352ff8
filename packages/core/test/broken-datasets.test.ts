import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../src/validate/index.js';
import type { Dataset } from '../src/model/index.js';
import { SOURCE_TEXTS, validDataset } from './broken-datasets/valid-dataset.js';
import { MUTATIONS } from './broken-datasets/mutations.js';

/** Runs parseDataset and returns the DatasetError it throws (fails the test if it does not throw one). */
function errorOf(input: unknown, withTexts = false): DatasetError {
  try {
    parseDataset(input, withTexts ? { sourceTexts: SOURCE_TEXTS } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('parseDataset accepted a broken dataset');
}

describe('parseDataset(input, { sourceTexts })', () => {
  it('returns a valid dataset unchanged, with and without the source texts', () => {
    const dataset = validDataset();
    expect(parseDataset(dataset)).toEqual(validDataset());
    expect(parseDataset(dataset, { sourceTexts: SOURCE_TEXTS })).toBe(dataset);
  });

  it('accepts the same dataset after a JSON round trip (what `src` loads)', () => {
    expect(() => parseDataset(JSON.parse(JSON.stringify(validDataset())))).not.toThrow();
  });

  describe.each(MUTATIONS)('rejects $name', ({ apply, path, shows, withTexts }) => {
    it(`with an issue at ${JSON.stringify(path)} and the value in the message`, () => {
      const dataset = validDataset() as Dataset & Record<string, unknown>;
      const replaced = apply(dataset);
      const error = errorOf(replaced === undefined ? dataset : replaced, withTexts);
      expect(error.name).toBe('DatasetError');
      expect(error.issues.map((issue) => issue.path)).toContain(path);
      const line = error.message.split('\n').find((l) => l.startsWith(`  ${path === '' ? '(the dataset)' : path}: `));
      expect(line).toContain(shows);
    });
  });

  it('reports every problem at once, not only the first', () => {
    const dataset = validDataset();
    dataset.events[0]!.participants[1]!.actor = 'asad';
    dataset.stances[0]!.when.start = '2013-02-30';
    const error = errorOf(dataset);
    expect(error.issues.map((i) => i.path)).toEqual(['events[0].participants[1].actor', 'stances[0].when.start']);
    expect(error.message).toMatch(/^Invalid dataset \(2 problems\):/);
  });

  it('reports structural and rule problems together', () => {
    const dataset = validDataset() as unknown as { version: number; events: { id: string }[] };
    dataset.version = 2;
    dataset.events[1]!.id = 'lavrov-meets-assad';
    expect(errorOf(dataset).issues.map((i) => i.path)).toEqual(['version', 'events[1].id']);
  });

  it('writes each issue as "path: got value, expected …"', () => {
    const dataset = validDataset();
    dataset.events[1]!.when.start = '2013-02-30';
    expect(errorOf(dataset).message).toBe(
      'Invalid dataset (1 problem):\n' +
      '  events[1].when.start: got "2013-02-30", expected a day from 01 to 28 (day 30 does not exist in February 2013)',
    );
  });

  it('says what the slice really is when a quote does not match its source', () => {
    const dataset = validDataset();
    const evidence = dataset.events[0]!.evidence[0];
    const [start, end] = [evidence.start! - 4, evidence.end! - 4];
    Object.assign(evidence, { start, end });
    const { issues } = errorOf(dataset, true);
    const slice = SOURCE_TEXTS['002']!.slice(start, end);
    expect(issues[0]!.expected).toContain(JSON.stringify(slice));
    expect(issues[0]!.expected).toContain('the text occurs at');
  });

  it('lists the known fields for a misspelt one', () => {
    const dataset = validDataset() as unknown as { events: Record<string, unknown>[] };
    dataset.events[0]!.tittle = 'x';
    expect(errorOf(dataset).issues[0]!.expected).toMatch(/no field "tittle".*known fields are id, type, title/);
  });
});
