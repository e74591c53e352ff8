import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSlug } from './is-slug.js';
import { UniqueSlugs } from './unique-slugs.js';

describe('UniqueSlugs', () => {
  it('says what a Set and the slug pattern say: the first id that is not a new slug is refused', () => {
    const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,3}$/), fc.constantFrom('ev-1', 'ev-2', 'A', ''));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), (ids) => {
        const items = ids.map((value) => ({ id: value }));
        const table = new UniqueSlugs(items, items.length);
        const seen = new Set<string>();
        for (let i = 0; i < ids.length; i++) {
          const expected = isSlug(ids[i]!) && !seen.has(ids[i]!);
          expect(table.add(ids[i]!, i), ids[i]).toBe(expected);
          if (!expected) return; // the check stops at the first "no"
          seen.add(ids[i]!);
        }
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it('finds a repeat among 100,000 ids, wherever it is', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `ev-${i}` }));
    items[99_999]!.id = 'ev-4711';
    const table = new UniqueSlugs(items, items.length);
    let refused = -1;
    for (let i = 0; i < items.length && refused < 0; i++) if (!table.add(items[i]!.id, i)) refused = i;
    expect(refused).toBe(99_999);
  });
});
