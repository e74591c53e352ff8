import { describe, expect, it } from 'vitest';
import { formatEdtf } from './format-edtf.js';

describe('formatEdtf(edtf, { locale })', () => {
  it.each([
    ['2012-02-04', '4 Feb 2012'],
    ['2012-02', 'Feb 2012'],
    ['2012', '2012'],
    ['2013-11~', 'c. Nov 2013'],
    ['2012-02?', 'Feb 2012?'],
    ['2012-02-07%', 'c. 7 Feb 2012?'],
    ['2012-XX-XX', '2012'],
    ['2012-02-XX', 'Feb 2012'],
  ])('formats %s as %j in British English by default', (edtf, text) => {
    expect(formatEdtf(edtf)).toBe(text);
  });

  it.each([
    ['2013-11-04/2013-11-10', '4–10 Nov 2013'],
    ['2012-01-28/2012-02-03', '28 Jan – 3 Feb 2012'],
    ['2011-12-30/2012-01-02', '30 Dec 2011 – 2 Jan 2012'],
    ['2011-11/2012-02', 'Nov 2011 – Feb 2012'],
    ['2012-01/2012-03', 'Jan – Mar 2012'],
    ['2011/2015', '2011–2015'],
    ['2011-11/2012-02-03', 'Nov 2011 – 3 Feb 2012'],
    ['2013-11-04~/2013-11-10~', 'c. 4–10 Nov 2013'],
    ['2013-11~/2014-02', 'c. Nov 2013 – Feb 2014'],
  ])('formats the interval %s as %j', (edtf, text) => {
    expect(formatEdtf(edtf)).toBe(text);
  });

  // Pinned strings are Node's ICU (the core tests run in Node); Russian adds 'г.' (год) after a year.
  it('uses the month names and the "c." word of the given locale (a BCP 47 tag)', () => {
    expect(formatEdtf('2012-02-04', { locale: 'fr' })).toBe('4 févr. 2012');
    expect(formatEdtf('2013-11~', { locale: 'fr' })).toBe('vers nov. 2013');
    expect(formatEdtf('2013-11~', { locale: 'ru' })).toBe('ок. нояб. 2013 г.');
    expect(formatEdtf('2013-11~', { locale: 'ar' })).toMatch(/^حوالي نوفمبر (2013|٢٠١٣)$/);
    expect(formatEdtf('2013-11-04/2013-11-10', { locale: 'ru' })).toBe('4–10 нояб. 2013 г.');
    expect(formatEdtf('2013-11-04/2013-11-10', { locale: 'fr' })).toBe('4–10 nov. 2013');
  });

  it('formats in any locale Intl knows, with the English "c." where there is no word of its own', () => {
    expect(formatEdtf('2012-02-04', { locale: 'de' })).toBe('4. Feb. 2012');
    expect(formatEdtf('2013-11~', { locale: 'de' })).toBe('c. Nov. 2013');
    expect(formatEdtf('2013-11-04/2013-11-10', { locale: 'en-US' })).toBe('Nov 4–10, 2013');
    expect(formatEdtf('2012-02-04', { locale: 'fr-CH' })).toBe('4 févr. 2012');
  });

  it('formats a tag without locale data as British English, never as the machine default', () => {
    expect(formatEdtf('2012-02-04', { locale: 'xx' })).toBe('4 Feb 2012');
  });

  it('throws a RangeError naming a locale that is not a language tag', () => {
    expect(() => formatEdtf('2012-02-04', { locale: 'not a tag!' })).toThrow(/locale: got "not a tag!", expected a BCP 47 language tag/);
  });

  it('never shifts a day: the first and last day of a year stay in that year', () => {
    expect(formatEdtf('2012-01-01')).toBe('1 Jan 2012');
    expect(formatEdtf('2012-12-31')).toBe('31 Dec 2012');
    expect(formatEdtf('2012-02-29')).toBe('29 Feb 2012');
  });

  it('throws an EdtfError naming an impossible date', () => {
    expect(() => formatEdtf('2013-02-30')).toThrow(/"2013-02-30"/);
    expect(() => formatEdtf('2013-11-10/2013-11-04')).toThrow(/does not precede/);
  });
});
