import { describe, expect, it } from 'vitest';
import { builtinDataset } from './index.js';

describe('@syria-timeline/core/builtin-dataset', () => {
  it('resolves through the package exports to the same dataset object as the main entry (one copy)', async () => {
    const entry = await import('@syria-timeline/core/builtin-dataset');
    expect(entry.builtinDataset).toBe(builtinDataset);
    expect(entry.builtinDataset.events.length).toBeGreaterThan(0);
  });
});
