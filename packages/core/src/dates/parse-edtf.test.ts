import { describe, expect, it } from 'vitest';
import { isEdtf, parseEdtf } from './parse-edtf.js';

describe('parseEdtf(edtf)', () => {
  it('parses a day to the UTC interval of that day', () => {
    expect(parseEdtf('2012-02-07')).toEqual({
      edtf: '2012-02-07', earliest: Date.UTC(2012, 1, 7), latest: Date.UTC(2012, 1, 8) - 1,
      precision: 'day', approximate: false, uncertain: false,
    });
  });

  it('reads the qualifiers: ~ approximate, ? uncertain, % both', () => {
    expect(parseEdtf('2013-11~')).toMatchObject({ approximate: true, uncertain: false, precision: 'month' });
    expect(parseEdtf('2012?')).toMatchObject({ approximate: false, uncertain: true, precision: 'year' });
    expect(parseEdtf('2012-02-07%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('covers 29 February in a leap year only', () => {
    expect(parseEdtf('2012-02').latest).toBe(Date.UTC(2012, 2, 1) - 1);
    expect(() => parseEdtf('2013-02-29')).toThrow(/a day from 01 to 28/);
  });

  it('rejects impossible dates, saying what was expected', () => {
    expect(() => parseEdtf('2013-02-30')).toThrow('invalid date "2013-02-30": expected a day from 01 to 28');
    expect(() => parseEdtf('2012-13')).toThrow('invalid date "2012-13": expected a month from 01 to 12');
    expect(() => parseEdtf('2012-04-31')).toThrow(/day 31 does not exist in April 2012/);
    expect(() => parseEdtf('2012-XX-05')).toThrow(/only when the month is specified/);
  });

  it('rejects strings outside the profile', () => {
    for (const s of ['12', '2012-2', '2012/02', '2012-02-07T10:00', 'Feb 2012', '', '2012~?']) {
      expect(isEdtf(s), s).toBe(false);
    }
  });

  it('shares one frozen result per date string, so a caller cannot change what others get', () => {
    const first = parseEdtf('2014-03-18');
    expect(parseEdtf('2014-03-18')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => { (first as { earliest: number }).earliest = 0; }).toThrow(TypeError);
  });

  it('stays correct past the bound of remembered dates', () => {
    // 12,000 distinct days (more than are remembered), then the first again.
    for (let day = 0; day < 12_000; day++) {
      const d = new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10);
      expect(parseEdtf(d).earliest).toBe(Date.UTC(1990, 0, 1 + day));
    }
    expect(parseEdtf('1990-01-01').earliest).toBe(Date.UTC(1990, 0, 1));
    expect(() => parseEdtf('1990-02-30')).toThrow(/a day from 01 to 28/);
  });
});
