import { parseEdtf } from '../dates/index.js';

const DAY_MS = 86_400_000;
/** Bits of `readEdtfSpan`'s answer, above its `PRECISION_CODE` (bits 0–1). */
export const SPAN_APPROXIMATE = 4;
export const SPAN_UNCERTAIN = 8;
const PRECISION_OF = { day: 0, month: 1, year: 2 } as const;
/** Days in each month of a common year (index 1–12). */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `parseEdtf(edtf)` without the object: writes its first and last (inclusive) instant, UTC ms, to
 * `out[0]` and `out[1]`, and returns its precision (`PRECISION_CODE`) | `SPAN_APPROXIMATE` |
 * `SPAN_UNCERTAIN`. The common forms ('2012', '2012-02', '2012-02-08', each maybe followed by ~, ?
 * or %) are read from their character codes, with no map look-up nor allocation (a million dates
 * in a few ms); anything else (XX, an invalid date) is `parseEdtf`'s, which throws `EdtfError` alike.
 */
export function readEdtfSpan(edtf: string, out: Float64Array): number {
  let length = typeof edtf === 'string' ? edtf.length : 0;
  let bits = 0;
  const last = length > 0 ? edtf.charCodeAt(length - 1) : 0;
  if (last === 126 /* ~ */) bits = SPAN_APPROXIMATE;
  else if (last === 63 /* ? */) bits = SPAN_UNCERTAIN;
  else if (last === 37 /* % */) bits = SPAN_APPROXIMATE | SPAN_UNCERTAIN;
  if (bits !== 0) length--;
  const year = length >= 4 ? digits(edtf, 0, 4) : -1;
  let month = 0;
  let day = 0;
  if (length >= 7 && edtf.charCodeAt(4) === 45 /* - */) month = digits(edtf, 5, 2);
  if (length === 10 && edtf.charCodeAt(7) === 45) day = digits(edtf, 8, 2);
  const fast = year >= 0 && (length === 4 || (length === 7 && month >= 1 && month <= 12)
    || (length === 10 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)));
  if (!fast) {
    const span = parseEdtf(edtf);
    out[0] = span.earliest;
    out[1] = span.latest;
    return PRECISION_OF[span.precision] | (span.approximate ? SPAN_APPROXIMATE : 0) | (span.uncertain ? SPAN_UNCERTAIN : 0);
  }
  if (length === 4) {
    out[0] = daysFromCivil(year, 1, 1) * DAY_MS;
    out[1] = daysFromCivil(year + 1, 1, 1) * DAY_MS - 1;
    return PRECISION_OF.year | bits;
  }
  if (length === 7) {
    out[0] = daysFromCivil(year, month, 1) * DAY_MS;
    out[1] = (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) * DAY_MS - 1;
    return PRECISION_OF.month | bits;
  }
  const start = daysFromCivil(year, month, day) * DAY_MS;
  out[0] = start;
  out[1] = start + DAY_MS - 1;
  return PRECISION_OF.day | bits;
}

/** The number written by `count` decimal digits of `s` from `at`, or -1 if any is not a digit (int32 maths throughout: a float `%` is a slow call). */
function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const d = (s.charCodeAt(k) - 48) | 0;
    if (d < 0 || d > 9) return -1;
    value = (value * 10 + d) | 0;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month]!;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, for years 0–10000 (H. Hinnant's
 * `days_from_civil`, on years shifted by one 400-year era so that every quotient is of positive int32s).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = (month <= 2 ? year + 399 : year + 400) | 0;
  const era = (y / 400) | 0;
  const yoe = (y - era * 400) | 0;
  const doy = ((((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1) | 0;
  const doe = (yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy) | 0;
  return era * 146_097 + doe - 719_468 - 146_097;
}
