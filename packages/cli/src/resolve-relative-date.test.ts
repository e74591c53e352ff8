import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveRelativeDate } from './resolve-relative-date.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

describe('resolveRelativeDate(phrase, dateline)', () => {
  // Every row of DATA-MODEL.md §7 "Verified outputs", plus the other phrases the seeds use.
  it.each([
    ['2012-01-31', 'on Monday', '2012-01-30'],
    ['2012-01-31', 'on Friday', '2012-01-27'],
    ['2012-02-08', 'said on Wednesday', '2012-02-08'],
    ['2012-02-08', 'later on Wednesday', '2012-02-08'],
    ['2012-02-08', 'on Tuesday', '2012-02-07'],
    ['2012-02-08', 'on Saturday', '2012-02-04'],
    ['2012-02-08', 'last November', '2011-11'],
    ['2012-02-08', "last November's", '2011-11'],
    ['2012-02-08', 'a January plan', '2012-01'],
    ['2012-03-02', 'late on Thursday', '2012-03-01'],
    ['2013-11-14', 'on Thursday', '2013-11-14'],
    ['2013-11-14', 'On Tuesday', '2013-11-12'],
    ['2013-11-14', 'In September', '2013-09'],
    ['2013-11-14', 'in September', '2013-09'],
    ['2013-11-14', 'the first in two years', '2011-11~'],
    ['2012-01-31', 'at the start of January', '2012-01'],
    ['2013-11-14', 'On November 1', '2013-11-01'],
    ['2013-11-14', 'on Sunday', '2013-11-10'],
  ])('resolves (dateline %s) %j to %s', (dateline, phrase, start) => {
    expect(resolveRelativeDate(phrase, dateline)).toEqual({ start });
  });

  it('resolves "last week" to the previous Monday–Sunday week as start and end', () => {
    expect(resolveRelativeDate('last week', '2013-11-14')).toEqual({ start: '2013-11-04', end: '2013-11-10' });
  });

  it('resolves the seed sentences, whatever words surround the phrase', () => {
    expect(resolveRelativeDate('Russian Foreign Minister Sergei Lavrov said on Wednesday', '2012-02-08'))
      .toEqual({ start: '2012-02-08' });
    expect(resolveRelativeDate('an Arab League initiative floated last November', '2012-02-08')).toEqual({ start: '2011-11' });
    expect(resolveRelativeDate('not to a January plan that called for him to cede power', '2012-02-08'))
      .toEqual({ start: '2012-01' });
    expect(resolveRelativeDate('Their talk, the first in two years, focused on', '2013-11-14')).toEqual({ start: '2011-11~' });
    expect(resolveRelativeDate('said last week that it was unlikely', '2013-11-14'))
      .toEqual({ start: '2013-11-04', end: '2013-11-10' });
  });

  it('is case-insensitive', () => {
    expect(resolveRelativeDate('ON TUESDAY', '2012-02-08')).toEqual(resolveRelativeDate('on tuesday', '2012-02-08'));
  });

  describe('edge cases', () => {
    it('gives the dateline itself when it is the named weekday (previousDay alone would go back a week)', () => {
      // 8 Feb 2012 was a Wednesday.
      expect(resolveRelativeDate('on Wednesday', '2012-02-08')).toEqual({ start: '2012-02-08' });
      expect(resolveRelativeDate('on Thursday', '2012-02-09')).toEqual({ start: '2012-02-09' });
    });

    it('crosses a year boundary for a weekday early in January', () => {
      // 2 Jan 2013 was a Wednesday; the Friday before was 28 Dec 2012.
      expect(resolveRelativeDate('on Friday', '2013-01-02')).toEqual({ start: '2012-12-28' });
    });

    it('goes back a year for a month later than the dateline', () => {
      expect(resolveRelativeDate('in September', '2013-02-14')).toEqual({ start: '2012-09' });
    });

    it('takes "last <Month>" strictly before the dateline month, but a bare month may be the dateline month', () => {
      expect(resolveRelativeDate('last November', '2013-11-14')).toEqual({ start: '2012-11' });
      expect(resolveRelativeDate('in November', '2013-11-14')).toEqual({ start: '2013-11' });
      expect(resolveRelativeDate('last December', '2013-01-05')).toEqual({ start: '2012-12' });
    });

    it('gives "last week" across a year boundary, weeks starting on Monday', () => {
      // 3 Jan 2013 was a Thursday: the week before ran from Monday 24 to Sunday 30 December 2012.
      expect(resolveRelativeDate('last week', '2013-01-03')).toEqual({ start: '2012-12-24', end: '2012-12-30' });
    });

    it('gives "last week" from a Monday dateline as the seven days before it', () => {
      // 11 Nov 2013 was a Monday.
      expect(resolveRelativeDate('last week', '2013-11-11')).toEqual({ start: '2013-11-04', end: '2013-11-10' });
    });

    it('resolves a leap day of the dateline year, or of the latest leap year before it', () => {
      expect(resolveRelativeDate('on February 29', '2012-03-01')).toEqual({ start: '2012-02-29' });
      expect(resolveRelativeDate('on February 29', '2013-03-01')).toEqual({ start: '2012-02-29' });
      // 1900 was not a leap year: from 1903 the latest 29 February is 1896.
      expect(resolveRelativeDate('on February 29', '1903-03-01')).toEqual({ start: '1896-02-29' });
    });

    it('takes a day and month later in the year than the dateline from the year before', () => {
      expect(resolveRelativeDate('On November 20', '2013-11-14')).toEqual({ start: '2012-11-20' });
      expect(resolveRelativeDate('on 1 November', '2013-11-14')).toEqual({ start: '2013-11-01' });
    });

    it('counts "the first in <n> years" back from the dateline month, in words or digits', () => {
      expect(resolveRelativeDate('the first in three years', '2013-01-31')).toEqual({ start: '2010-01~' });
      expect(resolveRelativeDate('the first in 5 years', '2013-11-14')).toEqual({ start: '2008-11~' });
    });
  });

  describe('properties', () => {
    const dateline = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));

    it('resolves "on <Weekday>" to that weekday, on or at most six days before the dateline', () => {
      fc.assert(
        fc.property(dateline, fc.integer({ min: 0, max: 6 }), (line, weekday) => {
          const { start } = resolveRelativeDate(`on ${WEEKDAYS[weekday]}`, line);
          const back = (Date.parse(line) - Date.parse(start)) / DAY_MS;
          expect(new Date(start).getUTCDay()).toBe(weekday);
          expect(back).toBeGreaterThanOrEqual(0);
          expect(back).toBeLessThanOrEqual(6);
        }),
        { seed: 2012_02_08, numRuns: 500 },
      );
    });

    it('resolves "last week" to a Monday–Sunday week ending 1 to 7 days before the dateline', () => {
      fc.assert(
        fc.property(dateline, (line) => {
          const { start, end } = resolveRelativeDate('last week', line);
          expect(new Date(start).getUTCDay()).toBe(1);
          expect((Date.parse(end!) - Date.parse(start)) / DAY_MS).toBe(6);
          const gap = (Date.parse(line) - Date.parse(end!)) / DAY_MS;
          expect(gap).toBeGreaterThanOrEqual(1);
          expect(gap).toBeLessThanOrEqual(7);
        }),
        { seed: 2013_11_14, numRuns: 500 },
      );
    });
  });

  describe('errors', () => {
    it('throws for an unknown phrase, naming it and listing the supported forms', () => {
      expect(() => resolveRelativeDate('next spring', '2012-02-08')).toThrow(/"next spring"[\s\S]*on <Weekday>[\s\S]*last week/);
    });

    it('throws for a dateline that is not an existing day', () => {
      expect(() => resolveRelativeDate('on Monday', '2013-02-30')).toThrow(/invalid dateline "2013-02-30"/);
      expect(() => resolveRelativeDate('on Monday', 'February 8, 2012')).toThrow(/invalid dateline/);
    });

    it('throws for a day that no month has', () => {
      expect(() => resolveRelativeDate('on February 30', '2013-03-01')).toThrow(/day 30 does not exist in february/);
    });
  });
});
