import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { builtinDataset } from '../dataset/index.js';
import { MUTATIONS } from '../../test/broken-datasets/mutations.js';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';
import { datasetSchema } from './dataset-schema.js';
import { isWellFormedDataset as check, isWellFormedDatasetShell, WELL_FORMED_ITEMS } from './is-well-formed-dataset.js';
import { COLLECTIONS } from './dataset-rule.js';
import { isSlug } from './is-slug.js';
import { slotsOf } from '../../test/support/json-slots.js';
const valibotAccepts = (input: unknown) => v.safeParse(datasetSchema, input).success;


type Edit = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    // Known field names too, so an optional field can appear where it was absent.
    key: fc.oneof(fc.string(), fc.constantFrom('end', 'summary', 'speaker', 'aliases', 'codes', 'background', 'until', 'url', 'id')),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

/** Applies one edit at the slot `choice` picks, on a JSON round-trip (so only plain objects and arrays). */
function edited(dataset: unknown, choice: number, change: Edit): unknown {
  const tree = JSON.parse(JSON.stringify(dataset)) as unknown;
  const slots = slotsOf(tree);
  const { parent, key } = slots[choice % slots.length]!;
  if (change.kind === 'replace') parent[key] = change.value;
  else if (change.kind === 'delete') delete parent[key];
  else Object.defineProperty(parent, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
  return tree;
}

describe('isWellFormedDataset (compiled from datasetSchema)', () => {
  it('accepts the valid datasets valibot accepts', () => {
    expect(check(validDataset())).toBe(true);
    expect(check(JSON.parse(JSON.stringify(builtinDataset)))).toBe(true);
  });

  it('rejects each structural break of the broken-datasets suite that valibot rejects', () => {
    for (const mutation of MUTATIONS) {
      const base = validDataset() as Parameters<typeof mutation.apply>[0];
      const input = mutation.apply(base) ?? base;
      expect(check(input), mutation.name).toBe(valibotAccepts(input));
    }
  });

  it('agrees with valibot when one value of a valid dataset is replaced, deleted or added', () => {
    fc.assert(
      fc.property(fc.nat(), edit, (choice, change) => {
        const input = edited(validDataset(), choice, change);
        const fast = check(input);
        const full = valibotAccepts(input);
        // Sound: never valid where valibot finds an issue (that would let broken data be drawn).
        if (fast) expect(full).toBe(true);
        // valibot takes an array where an object is expected (`codes: []`); the check refuses a
        // non-empty one there (then valibot runs: slower, same answer). Any other disagreement is a bug.
        if (!fast && full) expect(change.kind !== 'delete' && Array.isArray(change.value)).toBe(true);
      }),
      { seed: 11, numRuns: 2000 },
    );
  }, 30_000); // 2000 runs over the valid dataset (relations included): ~2 s alone, more in the full parallel suite

  it('gives the same answer in parts (the shell, then each list in slices), as checkDatasetSteps runs it', () => {
    expect(Object.keys(WELL_FORMED_ITEMS).sort()).toEqual([...COLLECTIONS].sort());
    const inParts = (input: unknown) => isWellFormedDatasetShell(input) && COLLECTIONS.every((name) => {
      const items = (input as Record<string, unknown>)[name];
      if (!Array.isArray(items)) return true; // an absent optional list (the shell checked the rest)
      for (let from = 0; from < items.length; from += 2) if (!WELL_FORMED_ITEMS[name](items, from, Math.min(from + 2, items.length))) return false;
      return true;
    });
    fc.assert(
      fc.property(fc.nat(), edit, (choice, change) => {
        const input = edited(validDataset(), choice, change);
        expect(inParts(input)).toBe(check(input));
      }),
      { seed: 13, numRuns: 1000 },
    );
  });

  it('never accepts what valibot rejects, even for input JSON cannot produce', () => {
    const withInherited = Object.assign(Object.create({ tittle: 'x' }) as object, validDataset());
    const events = validDataset().events;
    const arrayAsEvent = Object.assign([] as unknown[], events[0]);
    const inputs: unknown[] = [
      withInherited,
      { ...validDataset(), events: [arrayAsEvent] },
      { ...validDataset(), version: Number.NaN },
      { ...validDataset(), lanes: [{ ...validDataset().lanes[0]!, order: Number.POSITIVE_INFINITY }] },
    ];
    for (const input of inputs) {
      if (check(input)) expect(valibotAccepts(input)).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it('says what the id pattern /^[a-z0-9][a-z0-9-]*$/ says', () => {
    const pattern = /^[a-z0-9][a-z0-9-]*$/;
    const near = fc.stringMatching(/^[a-z0-9A-Z_ .-]{0,8}$/); // mostly near-slugs, so both answers occur
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), fc.string({ unit: 'binary' })), (s) => {
        expect(isSlug(s)).toBe(pattern.test(s));
      }),
      { seed: 5, numRuns: 3000 },
    );
    for (const s of ['a', '0', 'ev-1', 'a--b', 'a-', '-a', '', 'A', 'é', 'a b', 'a\n']) expect(isSlug(s), s).toBe(pattern.test(s));
  });
});
