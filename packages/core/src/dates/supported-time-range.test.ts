import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf, SUPPORTED_TIME_RANGE } from './parse-edtf.js';
import { formatEdtf } from './format-edtf.js';
import { parseDataset } from '../validate/parse-dataset.js';
import { DatasetError } from '../validate/dataset-error.js';
import { validDataset } from '../../test/broken-datasets/valid-dataset.js';

describe('the supported years, 0000 to 9999', () => {
  it('cover every date the profile writes, from 0000-01-01 to the end of 9999-12-31', () => {
    expect(SUPPORTED_TIME_RANGE.start).toBe(parseEdtf('0000').earliest);
    expect(SUPPORTED_TIME_RANGE.end).toBe(parseEdtf('9999-12-31').latest + 1);
    expect(new Date(SUPPORTED_TIME_RANGE.start).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(new Date(SUPPORTED_TIME_RANGE.end - 1).toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });

  it.each(['0000', '0000-01-01', '0001', '9999', '9999-12-31', '0400-02-29'])('accept %s', (date) => {
    expect(() => parseEdtf(date)).not.toThrow();
    const d = validDataset();
    d.events[1]!.when.start = date;
    d.events[1]!.when.end = '9999-12-31';
    expect(() => parseDataset(d)).not.toThrow();
  });

  it.each(['-000501', '-0001', '+2012', '10000', '10000-01-01', '０２０１２'])('refuse %s with a message naming the range', (date) => {
    expect(() => parseEdtf(date)).toThrow(EdtfError);
    expect(() => parseEdtf(date)).toThrow(/years 0000 to 9999/);
    const d = validDataset();
    d.events[1]!.when.start = date;
    let error: unknown;
    try {
      parseDataset(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toContain(`events[1].when.start: got ${JSON.stringify(date)}, expected an EDTF date`);
    expect((error as DatasetError).message).toContain('years 0000 to 9999');
  });

  it('write year 0000 as 1 BC, so that it does not read as year 1', () => {
    expect(formatEdtf('0000')).toBe('1 BC');
    expect(formatEdtf('0000-06-01')).toBe('1 Jun 1 BC');
    expect(formatEdtf('0001')).toBe('1');
    expect(formatEdtf('9999-12-31')).toBe('31 Dec 9999');
  });
});
