import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf } from '../dates/index.js';
import { PRECISION_CODE } from './prepare-timeline.js';
import { readEdtfSpan, SPAN_APPROXIMATE, SPAN_UNCERTAIN } from './read-edtf-span.js';

/** `readEdtfSpan`'s answer as the fields of `parseEdtf`'s. */
function read(edtf: string) {
  const out = new Float64Array(2);
  const bits = readEdtfSpan(edtf, out);
  return { earliest: out[0], latest: out[1], precision: bits & 3, approximate: (bits & SPAN_APPROXIMATE) !== 0, uncertain: (bits & SPAN_UNCERTAIN) !== 0 };
}

function parsed(edtf: string) {
  const span = parseEdtf(edtf);
  return { earliest: span.earliest, latest: span.latest, precision: PRECISION_CODE[span.precision], approximate: span.approximate, uncertain: span.uncertain };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('readEdtfSpan', () => {
  it('gives parseEdtf\u2019s span for every day, month and year of leap and common years from 0000 to 9999, qualified or not', () => {
    const dates: string[] = [];
    for (const year of [0, 1, 4, 99, 100, 400, 1582, 1900, 1969, 1970, 2000, 2011, 2012, 2013, 2100, 9996, 9999]) {
      dates.push(pad(year, 4), `${pad(year, 4)}~`);
      for (let month = 1; month <= 12; month++) {
        dates.push(`${pad(year, 4)}-${pad(month, 2)}`, `${pad(year, 4)}-${pad(month, 2)}?`);
        for (let day = 1; day <= 31; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (day <= 28 || (() => { try { parseEdtf(date); return true; } catch { return false; } })()) dates.push(date, `${date}%`);
        }
      }
    }
    for (const date of dates) expect(read(date), date).toEqual(parsed(date));
  });

  it('gives parseEdtf\u2019s span for unspecified parts', () => {
    for (const date of ['2013-XX', '2013-04-XX', '2013-XX-XX']) expect(read(date), date).toEqual(parsed(date));
  });

  it('throws parseEdtf\u2019s EdtfError for what the profile refuses', () => {
    for (const bad of ['2013-02-29', '2013-13', '2013-00', '2013-04-31', '2013-04-00', '13-04-05', '2013-4-05', '2013/04/05', '2013-XX~', '', 'x']) {
      expect(() => readEdtfSpan(bad, new Float64Array(2)), bad).toThrow(EdtfError);
      expect(() => readEdtfSpan(bad, new Float64Array(2)), bad).toThrow(expectedMessage(bad));
    }
  });
});

function expectedMessage(bad: string): string {
  try {
    parseEdtf(bad);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`parseEdtf accepts ${bad}`);
}
