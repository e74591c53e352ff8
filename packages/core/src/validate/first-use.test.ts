import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FirstUse } from './first-use.js';

describe('FirstUse', () => {
  it('names the first position of each repeated id, as a Map of first uses does', () => {
    const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,3}$/), fc.string(), fc.constantFrom('ev-1', 'ev-2', 'A', ''));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), (ids) => {
        const items = ids.map((value) => ({ id: value }));
        const table = new FirstUse(items, items.length);
        const first = new Map<string, number>();
        for (let i = 0; i < ids.length; i++) {
          expect(table.add(ids[i]!, i), ids[i]).toBe(first.get(ids[i]!) ?? -1);
          if (!first.has(ids[i]!)) first.set(ids[i]!, i);
        }
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it('finds a repeat among 100,000 ids, wherever it is', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `ev-${i}` }));
    items[99_999]!.id = 'ev-4711';
    const table = new FirstUse(items, items.length);
    const repeats: [number, number][] = [];
    for (let i = 0; i < items.length; i++) {
      const earlier = table.add(items[i]!.id, i);
      if (earlier >= 0) repeats.push([i, earlier]);
    }
    expect(repeats).toEqual([[99_999, 4711]]);
  });
});
