import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import edtf from 'edtf';
import { isEdtf, parseEdtf } from '../src/dates/index.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Strings of the project's profile that denote existing dates: YYYY, YYYY-MM, YYYY-MM-DD, XX parts, qualifiers. */
const profileDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    shape: fc.constantFrom('Y', 'M', 'D', 'XX', 'XX-XX', 'M-XX'),
    qualifier: fc.constantFrom('', '~', '?', '%'),
  })
  .map(({ year, month, day, shape, qualifier }) => {
    const y = pad(year, 4);
    const m = pad(month, 2);
    const d = pad(Math.min(day, daysIn(year, month)), 2);
    const body = { Y: y, M: `${y}-${m}`, D: `${y}-${m}-${d}`, XX: `${y}-XX`, 'XX-XX': `${y}-XX-XX`, 'M-XX': `${y}-${m}-XX` }[shape];
    // edtf.js Level 1 has no qualified unspecified dates ('2012-XX~'), and neither does the profile.
    return shape.includes('XX') ? body : `${body}${qualifier}`;
  });

describe('parseEdtf agrees with edtf.js on the profile', () => {
  it('gives the same earliest and latest instants as edtf.js min and max', () => {
    fc.assert(
      fc.property(profileDate, (text) => {
        const ours = parseEdtf(text);
        const theirs = edtf(text);
        expect(theirs.type).toBe('Date');
        expect([ours.earliest, ours.latest]).toEqual([theirs.min, theirs.max]);
      }),
      { seed: 20111115, numRuns: 2000 },
    );
  });

  it('rejects the impossible dates that edtf.js rejects', () => {
    for (const text of ['2013-02-30', '2012-13', '2012-04-31', '2012-00', '2012-01-00', '2012-XX~', '2012-02-XX?']) {
      expect(isEdtf(text), text).toBe(false);
      expect(() => edtf(text), text).toThrow();
    }
  });

  it('is stricter than edtf.js about 29 February in a common year, which edtf.js rolls over to 1 March', () => {
    expect(isEdtf('2013-02-29')).toBe(false);
    expect(new Date(edtf('2013-02-29').min).toISOString()).toBe('2013-03-01T00:00:00.000Z');
  });
});
