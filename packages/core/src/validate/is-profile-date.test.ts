import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EDTF_PROFILE_PATTERN, isEdtf, parseEdtf } from '../dates/index.js';
import { isProfileDate, profileDateOrder } from './is-profile-date.js';

describe('isProfileDate', () => {
  it('says what isEdtf says, and accepts only strings of the schema pattern', () => {
    const part = fc.constantFrom('XX', '00', '01', '02', '09', '10', '12', '13', '28', '29', '30', '31', '32', 'X1', '1');
    const year = fc.constantFrom('0000', '1900', '2000', '2011', '2012', '2013', '2100', '2400', '9999', '201', '20a3');
    const near = fc.tuple(year, fc.option(part), fc.option(part), fc.constantFrom('', '', '~', '?', '%', '*', '~~'))
      .map(([y, m, d, q]) => `${y}${m === null ? '' : `-${m}`}${m !== null && d !== null ? `-${d}` : ''}${q}`);
    const shaped = fc.stringMatching(/^[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?[~?%]?$/);
    fc.assert(
      fc.property(fc.oneof(near, shaped, fc.string()), (s) => {
        expect(isProfileDate(s), s).toBe(isEdtf(s));
        if (isProfileDate(s)) expect(EDTF_PROFILE_PATTERN.test(s), s).toBe(true);
      }),
      { seed: 3, numRuns: 5000 },
    );
    const cases = ['2012', '2012~', '2012-02-29', '2013-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2012-04-31',
      '2012-XX', '2012-XX~', '2012-XX-XX', '2012-XX-05', '2012-05-XX', '2012-05-XX?', '2012-00', '2012-05-00', '', '~', '2012-5', '2012-05-5'];
    for (const s of cases) expect(isProfileDate(s), s).toBe(isEdtf(s));
  });

  it('profileDateOrder orders valid dates as parseEdtf(…).earliest does', () => {
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 31 })),
      fc.constantFrom('', '~', '?', '%'), fc.boolean())
      .map(([y, m, d, q, xx]) => {
        const pad = (v: number, w: number) => String(v).padStart(w, '0');
        if (xx) return m === null ? `${pad(y, 4)}-XX` : `${pad(y, 4)}-${pad(m, 2)}-XX`;
        return `${pad(y, 4)}${m === null ? '' : `-${pad(m, 2)}`}${m !== null && d !== null ? `-${pad(d, 2)}` : ''}${q}`;
      })
      .filter(isProfileDate);
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(Math.sign(profileDateOrder(a) - profileDateOrder(b)), `${a} ${b}`).toBe(Math.sign(parseEdtf(a).earliest - parseEdtf(b).earliest));
      }),
      { seed: 4, numRuns: 3000 },
    );
  });
});
