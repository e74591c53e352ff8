/**
 * Same as `isEdtf(value)` for a string (a date of the project's EDTF profile that exists), by hand:
 * character tests and the Gregorian calendar, no regex, no allocation, no memo lookup. The yes/no
 * check runs it on every date of a dataset (100,000 events, 100,000 `when.start`s), where hashing
 * each string for `parseEdtf`'s memo cost more than this. A test compares it with `isEdtf`.
 *
 * The profile: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`XX` for an unspecified month or day; a day only
 * when the month is specified), optionally followed by `~`, `?` or `%`, but not both XX and a qualifier.
 */
export function isProfileDate(value: string): boolean {
  // One function, no helpers: a browser runs this check once, on cold code, where each call costs.
  let n = value.length;
  const last = value.charCodeAt(n - 1);
  const qualified = last === 126 || last === 63 || last === 37; // ~ ? %
  if (qualified) n--;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const y0 = value.charCodeAt(0) - 48, y1 = value.charCodeAt(1) - 48, y2 = value.charCodeAt(2) - 48, y3 = value.charCodeAt(3) - 48;
  if (!(y0 >= 0 && y0 <= 9 && y1 >= 0 && y1 <= 9 && y2 >= 0 && y2 <= 9 && y3 >= 0 && y3 <= 9)) return false;
  if (n === 4) return true;
  if (value.charCodeAt(4) !== 45) return false; // '-'
  const m0 = value.charCodeAt(5), m1 = value.charCodeAt(6);
  const unspecifiedMonth = m0 === 88 && m1 === 88; // XX
  const month = (m0 - 48) * 10 + (m1 - 48);
  if (!unspecifiedMonth && !(m0 >= 48 && m0 <= 57 && m1 >= 48 && m1 <= 57 && month >= 1 && month <= 12)) return false;
  if (n === 7) return !(qualified && unspecifiedMonth);
  if (value.charCodeAt(7) !== 45) return false;
  const d0 = value.charCodeAt(8), d1 = value.charCodeAt(9);
  if (d0 === 88 && d1 === 88) return !qualified;
  if (unspecifiedMonth) return false; // a day needs its month
  if (!(d0 >= 48 && d0 <= 57 && d1 >= 48 && d1 <= 57)) return false;
  const day = (d0 - 48) * 10 + (d1 - 48);
  if (day < 1 || day > 31) return false;
  if (day <= 28) return true;
  const year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
  return day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits at `from`, or -1 if one is not a digit. */
function digits(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = value.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

function isXX(value: string, at: number): boolean {
  return value.charCodeAt(at) === 88 && value.charCodeAt(at + 1) === 88;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, as `Date` counts them (year 0 is a leap year). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * For a valid date (`isProfileDate`), a number that orders dates as their first instants do
 * (`parseEdtf(value).earliest`): YYYYMMDD, an unspecified or absent month or day counting as 01.
 * The order rules (an end not before its start) compare these, with no parsing or memo lookup.
 */
export function profileDateOrder(value: string): number {
  const year = digits(value, 0, 4);
  const n = value.length;
  const month = n >= 7 && !isXX(value, 5) ? digits(value, 5, 2) : 1;
  const day = n >= 10 && !isXX(value, 8) ? digits(value, 8, 2) : 1;
  return year * 10000 + month * 100 + day;
}
