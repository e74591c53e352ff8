import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../dataset/index.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { SYNTHETIC_SOURCE_TEXTS } from '../dataset/synthetic/synthetic-source-texts.js';
import { MUTATIONS } from '../../test/broken-datasets/mutations.js';
import { SOURCE_TEXTS, validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { checkDatasetSteps, CHECK_SLICE } from './check-dataset-steps.js';
import { isValidDataset } from './is-valid-dataset.js';
import { collectDatasetIssues } from './find-dataset-issues.js';
import * as core from '../index.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every value the steps yield, and the verdict they return. */
function drain(input: unknown, options = {}): { yields: number[]; verdict: boolean } {
  const steps = checkDatasetSteps(input, options);
  const yields: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { yields, verdict: step.value };
    yields.push(step.value);
  }
}

/** A valid synthetic dataset of more than two slices of events (as JSON gives it). */
const large = () => json(generateSyntheticDataset({ events: 2 * CHECK_SLICE + 1_234, seed: 7 }));

describe('checkDatasetSteps', () => {
  it('is exported by the main entry, next to isValidDataset', () => {
    expect(core.checkDatasetSteps).toBe(checkDatasetSteps);
    expect(core.isValidDataset).toBe(isValidDataset);
  });

  it('yields the events checked so far after each full slice, then says yes to valid large data', () => {
    const data = large();
    const { yields, verdict } = drain(data, { sourceTexts: SYNTHETIC_SOURCE_TEXTS });
    expect(verdict).toBe(true);
    expect(yields).toEqual([CHECK_SLICE, 2 * CHECK_SLICE]);
    expect(yields.every((n) => n <= data.events.length)).toBe(true);
  });

  it('writes the pages of a large table of ids in steps of their own, before reading any event', () => {
    // 40,000 events: a table of 131,072 slots (1 MiB), four steps of 256 KiB.
    const data = json(generateSyntheticDataset({ events: 40_000, seed: 3 }));
    let reads = 0;
    const events = data.events;
    data.events = new Proxy(events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const steps = checkDatasetSteps(data, { sourceTexts: SYNTHETIC_SOURCE_TEXTS });
    const readsAtYield: number[] = [];
    let step = steps.next();
    while (!step.done) {
      readsAtYield.push(reads);
      step = steps.next();
    }
    expect(step.value).toBe(true);
    const before = readsAtYield.filter((n) => n === 0).length;
    expect(before).toBe(4);
    expect(readsAtYield).toHaveLength(4 + Math.floor(40_000 / CHECK_SLICE));
  });

  it('does not yield for small data, and accepts what isValidDataset accepts', () => {
    for (const input of [validDataset(), json(builtinDataset), { $schema: './dataset.schema.json', ...validDataset() }]) {
      expect(drain(input)).toEqual({ yields: [], verdict: true });
      expect(isValidDataset(input)).toBe(true);
    }
    expect(drain(validDataset(), { sourceTexts: SOURCE_TEXTS }).verdict).toBe(true);
  });

  it.each(MUTATIONS)('says no to $name, as isValidDataset and the collecting pass do', ({ apply, withTexts }) => {
    const base = validDataset() as Parameters<typeof apply>[0];
    const replaced = apply(base);
    const input = replaced === undefined ? base : replaced;
    const options = withTexts === true ? { sourceTexts: SOURCE_TEXTS } : {};
    expect(drain(input, options).verdict).toBe(false);
    expect(isValidDataset(input, options)).toBe(false);
    expect(collectDatasetIssues(input, options)).not.toEqual([]);
  });

  // Each kind of problem in an event of the second slice: the first slice is checked (and yielded),
  // then the steps stop with "no" before the next yield.
  const late = 2 * CHECK_SLICE - 1;
  const breaks: [string, (d: { events: Record<string, unknown>[] }) => void][] = [
    ['a misspelt field (structure)', (d) => { d.events[late]!.tittle = 'x'; }],
    ['an unknown event type (structure)', (d) => { d.events[late]!.type = 'summit'; }],
    ['an unknown actor (reference)', (d) => { (d.events[late]!.participants as { actor: string }[])[0]!.actor = 'nobody'; }],
    ['the id of the first event again (unique ids)', (d) => { d.events[late]!.id = d.events[0]!.id; }],
    ['an end before the start (dates)', (d) => { d.events[late]!.when = { start: '2012-05-04', end: '2012-05-03', basis: 'stated' }; }],
    ['a day that does not exist (dates)', (d) => { (d.events[late]!.when as { start: string }).start = '2013-02-30'; }],
    ['offsets that do not match the quote (evidence)', (d) => { (d.events[late]!.evidence as { end: number }[])[0]!.end = 5; }],
    ['no actor participant (events)', (d) => { (d.events[late]!.participants as { role: string }[])[0]!.role = 'object'; }],
    ['a getter that throws', (d) => { Object.defineProperty(d.events[late], 'title', { get: () => { throw new Error('no'); }, enumerable: true }); }],
  ];
  it.each(breaks)('checks the first slice, then says no to %s in a later one', (_name, apply) => {
    const data = large();
    apply(data as unknown as { events: Record<string, unknown>[] });
    expect(drain(data)).toEqual({ yields: [CHECK_SLICE], verdict: false });
    expect(isValidDataset(data)).toBe(false);
  });

  it('says no to a stance conflict and a partOf cycle, which are found after the last event', () => {
    const conflict = large();
    conflict.stances.push({ ...conflict.stances[0]!, id: 'again', position: conflict.stances[0]!.position === 'supports' ? 'opposes' : 'supports' });
    const cycle = large();
    cycle.actors[0]!.partOf = cycle.actors[2]!.id;
    for (const data of [conflict, cycle]) {
      expect(drain(data)).toEqual({ yields: [CHECK_SLICE, 2 * CHECK_SLICE], verdict: false });
      expect(isValidDataset(data)).toBe(false);
    }
  });
});
