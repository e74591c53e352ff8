import { describe, expect, it } from 'vitest';
import { formatWhen } from './format-when.js';

describe('formatWhen(when, { locale })', () => {
  it('formats a single date of any precision', () => {
    expect(formatWhen({ start: '2012-02-07' })).toBe('7 Feb 2012');
    expect(formatWhen({ start: '2011-11~' })).toBe('c. Nov 2011');
  });

  it('formats a range from start to end', () => {
    expect(formatWhen({ start: '2013-11-04', end: '2013-11-10' })).toBe('4–10 Nov 2013');
    expect(formatWhen({ start: '2012-01-28', end: '2012-02-03' })).toBe('28 Jan – 3 Feb 2012');
    expect(formatWhen({ start: '2011-11', end: '2012-02' })).toBe('Nov 2011 – Feb 2012');
  });

  it('formats a range whose end equals its start as one date', () => {
    expect(formatWhen({ start: '2012-02', end: '2012-02' })).toBe('Feb 2012');
  });

  it('uses the given locale', () => {
    // ICU's Russian month range repeats the year ('янв. 2012 г. – март 2012 г.'); date-fns gave 'янв. – март 2012'.
    expect(formatWhen({ start: '2012-01', end: '2012-03' }, { locale: 'ru' })).toBe('янв. 2012 г. – март 2012 г.');
    expect(formatWhen({ start: '2012-01-28', end: '2012-02-03' }, { locale: 'fr' })).toBe('28 janv. – 3 févr. 2012');
  });
});
