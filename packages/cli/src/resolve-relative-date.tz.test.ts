import { describe, expect, it } from 'vitest';
import { resolveRelativeDate } from './resolve-relative-date.js';

// Runs in both the `cli` project (TZ=UTC) and `core-tz` (TZ=America/Los_Angeles), like the core's date tests.
describe(`resolveRelativeDate under TZ=${process.env.TZ ?? '(unset)'}`, () => {
  it.runIf(process.env.TZ === 'America/Los_Angeles')('really runs in a zone that is not UTC', () => {
    expect(new Date(2012, 0, 1).getTimezoneOffset()).not.toBe(0);
  });

  it('resolves the same days as in UTC', () => {
    // In Los Angeles, local getDay() of 2012-02-08T00:00Z is Tuesday: these would be a day off without `in: utc`.
    expect(resolveRelativeDate('on Wednesday', '2012-02-08')).toEqual({ start: '2012-02-08' });
    expect(resolveRelativeDate('last week', '2013-11-11')).toEqual({ start: '2013-11-04', end: '2013-11-10' });
    expect(resolveRelativeDate('last November', '2012-11-01')).toEqual({ start: '2011-11' });
  });
});
