import { describe, expect, it } from 'vitest';
import { parseEdtfInterval } from './parse-edtf-interval.js';

describe('parseEdtfInterval(interval)', () => {
  it('parses both ends of a day interval', () => {
    const { start, end } = parseEdtfInterval('2013-11-04/2013-11-10');
    expect(start.earliest).toBe(Date.UTC(2013, 10, 4));
    expect(end.latest).toBe(Date.UTC(2013, 10, 11) - 1);
    expect([start.precision, end.precision]).toEqual(['day', 'day']);
  });

  it('accepts ends of different precision', () => {
    const { start, end } = parseEdtfInterval('2011-11/2012-02-03');
    expect([start.precision, end.precision]).toEqual(['month', 'day']);
  });

  it('throws when the end precedes the start', () => {
    expect(() => parseEdtfInterval('2013-11-10/2013-11-04')).toThrow(/"2013-11-10\/2013-11-04".*does not precede/);
  });

  it('throws when an end is missing or impossible', () => {
    expect(() => parseEdtfInterval('2013-11-04/')).toThrow(/interval/);
    expect(() => parseEdtfInterval('2013-11-04')).toThrow(/interval/);
    expect(() => parseEdtfInterval('2013-02-01/2013-02-30')).toThrow(/"2013-02-30"/);
  });
});
