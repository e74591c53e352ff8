import { parseEdtf } from '../dates/index.js';

const DAY_MS = 86_400_000;
/** Bits of `readEdtfSpan`'s answer, above its `PRECISION_CODE` (bits 0–1). */
export const SPAN_APPROXIMATE = 4;
export const SPAN_UNCERTAIN = 8;
const PRECISION_OF = { day: 0, month: 1, year: 2 } as const;
/** Days before each month (1–12) of a common year; [13] is the year's length. */
const DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
/** Added to a day number so that every year's entry in `yearStarts` is positive (0 means not yet known). */
const BIAS = 1_000_000;
/** Per year 0–10000: (days from 1970-01-01 to its 1 January + BIAS) * 2 + 1 if it is a leap year; filled on first use. */
let yearStarts: Int32Array | null = null;

/**
 * `parseEdtf(edtf)` without the object: writes its first and last (inclusive) instant, UTC ms, to
 * `out[0]` and `out[1]`, and returns its precision (`PRECISION_CODE`) | `SPAN_APPROXIMATE` |
 * `SPAN_UNCERTAIN`. The common forms ('2012', '2012-02', '2012-02-08', each maybe followed by ~, ?
 * or %) are read from their character codes, with no map look-up nor allocation (~20 ns a date);
 * anything else (XX, an invalid date) is `parseEdtf`'s, which throws `EdtfError` alike.
 */
export function readEdtfSpan(edtf: string, out: Float64Array): number {
  let length = typeof edtf === 'string' ? edtf.length : 0;
  let bits = 0;
  const last = length > 0 ? edtf.charCodeAt(length - 1) : 0;
  if (last === 126 /* ~ */) bits = SPAN_APPROXIMATE;
  else if (last === 63 /* ? */) bits = SPAN_UNCERTAIN;
  else if (last === 37 /* % */) bits = SPAN_APPROXIMATE | SPAN_UNCERTAIN;
  if (bits !== 0) length--;
  if (length !== 4 && length !== 7 && length !== 10) return slow(edtf, out);
  const year = digit(edtf, 0) * 1000 + digit(edtf, 1) * 100 + digit(edtf, 2) * 10 + digit(edtf, 3);
  if (year < 0) return slow(edtf, out);
  const table = (yearStarts ??= new Int32Array(10_002));
  const y = yearStart(table, year);
  if (length === 4) {
    out[0] = ((y >> 1) - BIAS) * DAY_MS;
    out[1] = ((yearStart(table, year + 1) >> 1) - BIAS) * DAY_MS - 1;
    return PRECISION_OF.year | bits;
  }
  const month = edtf.charCodeAt(4) === 45 /* - */ ? digit(edtf, 5) * 10 + digit(edtf, 6) : -1;
  if (month < 1 || month > 12) return slow(edtf, out);
  const leap = month > 2 ? y & 1 : 0;
  const monthStart = (y >> 1) - BIAS + DAYS_BEFORE[month]! + leap;
  const monthDays = DAYS_BEFORE[month + 1]! - DAYS_BEFORE[month]! + (month === 2 ? y & 1 : 0);
  if (length === 7) {
    out[0] = monthStart * DAY_MS;
    out[1] = (monthStart + monthDays) * DAY_MS - 1;
    return PRECISION_OF.month | bits;
  }
  const day = edtf.charCodeAt(7) === 45 ? digit(edtf, 8) * 10 + digit(edtf, 9) : -1;
  if (day < 1 || day > monthDays) return slow(edtf, out);
  const start = (monthStart + day - 1) * DAY_MS;
  out[0] = start;
  out[1] = start + DAY_MS - 1;
  return PRECISION_OF.day | bits;
}

/** The digit at `at` of `s`, or a large negative number when it is not one (so that a sum of digits is negative). */
function digit(s: string, at: number): number {
  const d = s.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

function slow(edtf: string, out: Float64Array): number {
  const span = parseEdtf(edtf);
  out[0] = span.earliest;
  out[1] = span.latest;
  return PRECISION_OF[span.precision] | (span.approximate ? SPAN_APPROXIMATE : 0) | (span.uncertain ? SPAN_UNCERTAIN : 0);
}

/** `yearStarts[year]`, computed on first use. */
function yearStart(table: Int32Array, year: number): number {
  let v = table[year]!;
  if (v === 0) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
    // Days from 1970-01-01 to its 1 January (proleptic Gregorian, as Date counts them; years 0-99 too).
    table[year] = v = (new Date(0).setUTCFullYear(year, 0, 1) / DAY_MS + BIAS) * 2 + leap;
  }
  return v;
}
