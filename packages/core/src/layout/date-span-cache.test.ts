import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf } from '../dates/index.js';
import { DateSpanCache } from './date-span-cache.js';
import { readEdtfSpan } from './read-edtf-span.js';

/** One answer (bits, first and last instant) of a reader. */
function answer(read: (edtf: string, out: Float64Array) => number, edtf: string) {
  const out = new Float64Array(2);
  const bits = read(edtf, out);
  return [bits, out[0], out[1]];
}

describe('DateSpanCache', () => {
  it('answers as readEdtfSpan, for a first reading and for repeats among other dates', () => {
    const cache = new DateSpanCache();
    const dates = ['2012-02-08', '2012', '2012-02', '2013-04-05~', '2011-03?', '2014%', '2013-XX', '2012-02-29'];
    for (let round = 0; round < 3; round++) {
      for (const date of dates) {
        // A fresh copy of the string each time, as JSON.parse gives a page's data.
        const copy = JSON.parse(JSON.stringify(date)) as string;
        expect(answer((e, o) => cache.read(e, o), copy), `${date}, round ${round}`).toEqual(answer(readEdtfSpan, date));
      }
    }
  });

  it('throws parseEdtf\u2019s EdtfError for a bad date each time it is read, and still reads good dates after', () => {
    const cache = new DateSpanCache();
    for (let i = 0; i < 2; i++) {
      expect(() => cache.read('2013-02-29', new Float64Array(2))).toThrow(EdtfError);
      expect(() => cache.read('2013-02-29', new Float64Array(2))).toThrow(errorOf('2013-02-29'));
    }
    expect(answer((e, o) => cache.read(e, o), '2013-02-28')).toEqual(answer(readEdtfSpan, '2013-02-28'));
  });
});

function errorOf(bad: string): string {
  try {
    parseEdtf(bad);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`parseEdtf accepts ${bad}`);
}
