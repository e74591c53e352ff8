import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { parseDataset } from './parse-dataset.js';
import { validDataset } from './valid-dataset.js';

describe('validDataset', () => {
  it('returns a valid dataset as parseDataset does: the same object, or a copy without "$schema"', () => {
    const data = smallDataset();
    expect(validDataset(data)).toBe(data);
    const withSchema = { $schema: './dataset.schema.json', ...smallDataset() };
    const result = validDataset(withSchema)!;
    expect(result).not.toHaveProperty('$schema');
    expect(result).toEqual(parseDataset(withSchema));
  });

  it('returns undefined for data parseDataset rejects', () => {
    const bad = smallDataset();
    (bad.events[0]!.when as { start: string }).start = '2013-02-30';
    expect(validDataset(bad)).toBeUndefined();
    expect(() => parseDataset(bad)).toThrow(/events\[0\]\.when\.start/);
  });
});
