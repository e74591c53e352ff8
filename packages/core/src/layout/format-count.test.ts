import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.js';

describe('formatCount', () => {
  it('writes counts in the locale digits without grouping, the same when asked again, past its memo too', () => {
    expect(formatCount(2012, 'en-GB')).toBe('2012');
    expect(formatCount(2012, 'ar-SY')).toBe('٢٠١٢');
    const french = new Intl.NumberFormat('fr', { useGrouping: false });
    for (let n = 0; n < 9_000; n += 1) expect(formatCount(n * 37, 'fr')).toBe(french.format(n * 37));
    // A locale's memo does not leak into another's.
    expect(formatCount(12, 'ar-SY')).toBe('١٢');
    expect(formatCount(12, 'en-GB')).toBe('12');
  });
});
