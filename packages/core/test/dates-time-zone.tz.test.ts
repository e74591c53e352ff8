import { describe, expect, it } from 'vitest';
import { formatEdtf, resolveRelativeDate } from '../src/dates/index.js';

// Runs in both the `core` project (TZ=UTC) and `core-tz` (TZ=America/Los_Angeles).
describe(`core/dates under TZ=${process.env.TZ ?? '(unset)'}`, () => {
  it.runIf(process.env.TZ === 'America/Los_Angeles')('really runs in a zone that is not UTC', () => {
    expect(new Date(2012, 0, 1).getTimezoneOffset()).not.toBe(0);
  });

  it('resolves and formats the same days as in UTC', () => {
    // In Los Angeles, local getDay() of 2012-02-08T00:00Z is Tuesday: these would be a day off without `in: utc`.
    expect(resolveRelativeDate('on Wednesday', '2012-02-08')).toEqual({ start: '2012-02-08' });
    expect(formatEdtf('2012-02-01')).toBe('1 Feb 2012');
    expect(formatEdtf('2012-02')).toBe('Feb 2012');
  });
});
