import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { MUTATIONS } from '../../test/broken-datasets/mutations.js';
import { SOURCE_TEXTS, validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { CHECK_SLICE } from './check-dataset-steps.js';
import { parseDataset } from './parse-dataset.js';
import { parseDatasetSteps } from './parse-dataset-steps.js';
import { DatasetError } from './dataset-error.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import * as validate from '../validate.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** How many times the steps yield, and what they return or throw. */
function drain(input: unknown, options = {}): { yields: number; result: unknown; thrown: unknown } {
  const steps = parseDatasetSteps(input, options);
  let yields = 0;
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return { yields, result: step.value, thrown: undefined };
      yields++;
    }
  } catch (e) {
    return { yields, result: undefined, thrown: e };
  }
}

/** What parseDataset throws (or returns) for `input`. */
function parsed(input: unknown, options = {}): { result: unknown; thrown: unknown } {
  try {
    return { result: parseDataset(input, options), thrown: undefined };
  } catch (e) {
    return { result: undefined, thrown: e };
  }
}

/** The same outcome: the same dataset, or a DatasetError with the same message and issues. */
function expectSame(input: unknown, options = {}): { yields: number } {
  const a = drain(input, options);
  const b = parsed(input, options);
  expect(a.result).toEqual(b.result);
  if (b.thrown === undefined) expect(a.thrown).toBeUndefined();
  else {
    expect(a.thrown).toBeInstanceOf(DatasetError);
    expect((a.thrown as DatasetError).message).toBe((b.thrown as DatasetError).message);
    expect((a.thrown as DatasetError).issues).toEqual((b.thrown as DatasetError).issues);
  }
  return a;
}

/** A valid synthetic dataset of more than two slices of events (as JSON gives it). */
const large = () => json(generateSyntheticDataset({ events: 2 * CHECK_SLICE + 1_234, seed: 11 }));

describe('parseDatasetSteps', () => {
  it('is exported by the validator entry, beside parseDataset', () => {
    expect(validate.parseDatasetSteps).toBe(parseDatasetSteps);
  });

  it.each(MUTATIONS)('throws what parseDataset throws for $name', ({ apply, withTexts }) => {
    const base = validDataset() as Parameters<typeof apply>[0];
    const replaced = apply(base);
    expectSame(replaced === undefined ? base : replaced, withTexts === true ? { sourceTexts: SOURCE_TEXTS } : {});
  });

  it('returns the dataset when there is no problem after all', () => {
    const data = large();
    expect(drain(data).result).toEqual(parseDataset(data));
    expect(expectSame(data).yields).toBeGreaterThan(2);
  });

  it('walks large well-formed data in slices, and lists every problem of every slice in the order parseDataset does', () => {
    const data = large();
    (data.events[5]!.when as { start: string }).start = '2012-13-40';
    (data.events[CHECK_SLICE + 3]!.participants[0] as { actor: string }).actor = 'nobody';
    data.events[2 * CHECK_SLICE + 9]!.id = data.events[1]!.id;
    data.stances.push({ ...data.stances[0]!, id: 'again', position: data.stances[0]!.position === 'supports' ? 'opposes' : 'supports' });
    const { yields } = expectSame(data);
    // The structure check and the rules, each a step per slice of events at least.
    expect(yields).toBeGreaterThanOrEqual(2 * Math.ceil(data.events.length / CHECK_SLICE));
    expect((drain(data).thrown as DatasetError).issues.length).toBeGreaterThanOrEqual(4);
  });

  it('hands data that is not well formed to valibot, with the same message', () => {
    const data = large();
    (data.events[CHECK_SLICE + 1] as unknown as Record<string, unknown>).tittle = 'x';
    (data.events[7] as unknown as Record<string, unknown>).type = 'summit';
    expectSame(data);
    expectSame({ events: 'none' });
    // A list over its limit inside an item: reported alone, as parseDataset does.
    const long = large();
    long.events[CHECK_SLICE + 5]!.participants = Array.from({ length: DATASET_LIMITS.listItems + 1 }, () => long.events[0]!.participants[0]!);
    (long.events[3]!.when as { start: string }).start = '2012-13-40';
    expect((drain(long).thrown as DatasetError).issues.map((i) => i.path)).toEqual([`events[${CHECK_SLICE + 5}].participants`]);
    expectSame(long);
    expectSame(null);
  });
});
