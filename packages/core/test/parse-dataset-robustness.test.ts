import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DatasetError, parseDataset } from '../src/validate/index.js';
import { SOURCE_TEXTS, validDataset } from './broken-datasets/valid-dataset.js';

/** Replaces the value at one random place in a JSON tree with `replacement`. */
function replaceAt(tree: unknown, choice: number, replacement: unknown): unknown {
  const slots: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      slots.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      walk(child);
    }
  };
  walk(tree);
  const slot = slots[choice % slots.length]!;
  slot.parent[slot.key] = replacement;
  return tree;
}

describe('parseDataset on arbitrary input', () => {
  it('rejects random JSON values with a DatasetError, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(() => parseDataset(input)).toThrow(DatasetError);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never crashes when any one value of a valid dataset is replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), (choice, replacement) => {
        const input = replaceAt(validDataset(), choice, replacement);
        try {
          parseDataset(input, { sourceTexts: SOURCE_TEXTS });
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          expect((error as DatasetError).issues.length).toBeGreaterThan(0);
        }
      }),
      { seed: 7, numRuns: 1000 },
    );
  }, 30_000); // 1000 runs over the valid dataset (relations included): ~2 s alone, more in the full parallel suite
});
