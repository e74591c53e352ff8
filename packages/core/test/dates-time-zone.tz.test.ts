import { describe, expect, it } from 'vitest';
import { formatEdtf } from '../src/dates/index.js';

// Runs in both the `core` project (TZ=UTC) and `core-tz` (TZ=America/Los_Angeles).
describe(`core/dates under TZ=${process.env.TZ ?? '(unset)'}`, () => {
  it.runIf(process.env.TZ === 'America/Los_Angeles')('really runs in a zone that is not UTC', () => {
    expect(new Date(2012, 0, 1).getTimezoneOffset()).not.toBe(0);
  });

  // Relative-date resolution moved to the CLI; its zone test is packages/cli/src/resolve-relative-date.tz.test.ts.
  it('formats the same days as in UTC', () => {
    expect(formatEdtf('2012-02-01')).toBe('1 Feb 2012');
    expect(formatEdtf('2012-02')).toBe('Feb 2012');
  });
});
