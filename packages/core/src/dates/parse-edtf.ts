import type { EdtfDate, Precision, TimeSpan } from '../model/index.js';

/**
 * The project's EDTF profile: a four-digit year, optional month and day (either may be `XX`,
 * "unspecified"), and an optional trailing qualifier: `~` approximate, `?` uncertain, `%` both, but not
 * both XX and a qualifier (edtf.js Level 1 rejects '2012-XX~'). edtf.js accepts a superset of this
 * profile; the test suite checks that both agree on it. One known difference: edtf.js rolls
 * '2013-02-29' over to 1 March, and this parser rejects it.
 */
export const EDTF_PROFILE_PATTERN = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([~?%])?$/;
const PROFILE = EDTF_PROFILE_PATTERN;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

/** Thrown for a string outside the profile or a date that does not exist; the message says which. */
export class EdtfError extends RangeError {
  override name = 'EdtfError';
  constructor(readonly value: string, readonly expected: string) {
    super(`invalid date ${JSON.stringify(value)}: expected ${expected}`);
  }
}

/** What a date of the profile looks like, in words (used in error messages). */
export const EDTF_EXPECTED_FORMAT = "an EDTF date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (years 0000 to 9999; XX for an unspecified month or day), optionally followed by ~, ? or %";

/**
 * The instants a date of the profile can cover: from 0000-01-01 (year 0 is 1 BC, proleptic
 * Gregorian) to the end of 9999-12-31, UTC ms, end exclusive. Every date `parseEdtf` accepts lies
 * within it, and so does everything the element writes as a date (a view padded past year 9999 is
 * labelled with the last day of 9999).
 */
export const SUPPORTED_TIME_RANGE: Readonly<{ start: number; end: number }> = Object.freeze({
  start: utc(0, 0, 1),
  end: utc(10000, 0, 1),
});

/**
 * Parses one EDTF date of the profile to the UTC interval it covers.
 *
 * @example
 * parseEdtf('2012-02')   //=> { earliest: Date.UTC(2012, 1, 1), latest: Date.UTC(2012, 2, 1) - 1, precision: 'month', … }
 * parseEdtf('2013-11~')  //=> { precision: 'month', approximate: true, uncertain: false, … }
 * parseEdtf('2013-02-30') // throws EdtfError: day 30 does not exist in February 2013
 */
export function parseEdtf(edtf: EdtfDate): TimeSpan {
  if (typeof edtf !== 'string') throw new EdtfError(String(edtf), EDTF_EXPECTED_FORMAT);
  // Datasets repeat dates a lot (100,000 synthetic events use ~1,800 days), and validation and
  // layout both parse every one: remember recent results. Frozen, since callers share them.
  const known = memo.get(edtf);
  if (known !== undefined) return known;
  const span = Object.freeze(parseUncached(edtf));
  if (memo.size >= MEMO_LIMIT) memo.clear(); // bounded: a stream of distinct dates cannot grow it forever
  memo.set(edtf, span);
  return span;
}

const MEMO_LIMIT = 10_000;
const memo = new Map<string, TimeSpan>();

function parseUncached(edtf: string): TimeSpan {
  const m = PROFILE.exec(edtf);
  if (!m) throw new EdtfError(edtf, EDTF_EXPECTED_FORMAT);
  const [, y, mo, d, q] = m;
  const year = Number(y);
  if (mo === 'XX' && d !== undefined && d !== 'XX') {
    throw new EdtfError(edtf, 'a day only when the month is specified (use YYYY-XX-XX)');
  }
  if (q !== undefined && (mo === 'XX' || d === 'XX')) {
    throw new EdtfError(edtf, 'a qualifier (~ ? %) only on a date without XX (write 2012~ rather than 2012-XX~)');
  }
  const month = mo === undefined || mo === 'XX' ? undefined : Number(mo);
  const day = d === undefined || d === 'XX' ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new EdtfError(edtf, 'a month from 01 to 12');
  }
  let precision: Precision;
  let earliest: number;
  let next: number;
  if (month === undefined) {
    precision = 'year';
    earliest = utc(year, 0, 1);
    next = utc(year + 1, 0, 1);
  } else if (day === undefined) {
    precision = 'month';
    earliest = utc(year, month - 1, 1);
    next = utc(year, month, 1);
  } else {
    const daysInMonth = new Date(utc(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
      throw new EdtfError(edtf, `a day from 01 to ${daysInMonth} (day ${day} does not exist in ${MONTH_NAMES[month - 1]} ${year})`);
    }
    precision = 'day';
    earliest = utc(year, month - 1, day);
    next = utc(year, month - 1, day + 1);
  }
  return {
    edtf,
    earliest,
    latest: next - 1,
    precision,
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  };
}

/** UTC ms of a calendar day; unlike `Date.UTC`, years 0–99 are taken literally. Overflowing months and days roll over. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** True when `value` is a date of the profile that exists. */
export function isEdtf(value: unknown): value is EdtfDate {
  if (typeof value !== 'string') return false;
  try {
    parseEdtf(value);
    return true;
  } catch {
    return false;
  }
}
