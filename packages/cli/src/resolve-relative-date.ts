import {
  endOfWeek, format, getDay, isValid, parseISO, previousDay, startOfWeek, subWeeks, subYears, type Day,
} from 'date-fns';
import { utc } from '@date-fns/utc';
import type { EdtfDate } from '@syria-timeline/core';

/** A resolved phrase: a single date, or a range when `end` is set ("last week"). */
export interface ResolvedDate {
  start: EdtfDate;
  end?: EdtfDate;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = `\\b(${WEEKDAYS.join('|')})\\b`;
const YEARS = `(\\d+|${NUMBER_WORDS.join('|')})`;

/** The forms understood, as listed in the error for any other phrase. */
export const SUPPORTED_RELATIVE_PHRASES: readonly string[] = [
  '"on <Weekday>" (also "late on", "later on", "said on"): the latest such day on or before the dateline',
  '"last week": the previous Monday–Sunday week',
  '"last <Month>" (also "last <Month>\'s"): the latest such month strictly before the dateline\'s month',
  '"<Month> <day>" or "<day> <Month>" ("On November 1"): the latest such day on or before the dateline',
  '"in <Month>", "a <Month> plan", "at the start of <Month>": the latest such month on or before the dateline\'s month',
  '"the first in <n> years": the dateline\'s month <n> years back, approximate (YYYY-MM~)',
];

const opts = { in: utc };
const isoDay = (date: Date) => format(date, 'yyyy-MM-dd', opts);
const isoMonth = (date: Date) => format(date, 'yyyy-MM', opts);

/**
 * Resolves a relative date phrase from news copy against the dateline of its article, by the
 * conventions of the project's data model (past tense; all in UTC, so the machine's zone cannot shift a day).
 * Case-insensitive; surrounding words are tolerated.
 *
 * @param phrase The words as written: 'on Tuesday', 'last November', 'In September', 'last week'.
 * @param dateline The article's dateline, 'YYYY-MM-DD'.
 * @example
 * resolveRelativeDate('said on Wednesday', '2012-02-08') //=> { start: '2012-02-08' } (the dateline's own weekday)
 * resolveRelativeDate('last November', '2012-02-08')     //=> { start: '2011-11' }
 * resolveRelativeDate('last week', '2013-11-14')         //=> { start: '2013-11-04', end: '2013-11-10' }
 * @throws Error for a malformed dateline, or a phrase of none of the supported forms (the message lists them).
 */
export function resolveRelativeDate(phrase: string, dateline: string): ResolvedDate {
  const anchor = parseDateline(dateline);
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  let m: RegExpExecArray | null;

  if (/\blast week\b/.test(text)) {
    // Weeks start on Monday (ISO 8601, and the usage of the wire services in the seeds).
    const week = subWeeks(anchor, 1, opts);
    return {
      start: isoDay(startOfWeek(week, { ...opts, weekStartsOn: 1 })),
      end: isoDay(endOfWeek(week, { ...opts, weekStartsOn: 1 })),
    };
  }
  if ((m = new RegExp(`\\bfirst in ${YEARS} years?\\b`).exec(text))) {
    const years = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1]!);
    return { start: `${isoMonth(subYears(anchor, years, opts))}~` };
  }
  if ((m = new RegExp(`\\blast ${MONTH}\\b`).exec(text))) {
    return { start: monthBefore(anchor, MONTHS.indexOf(m[1]!), true) };
  }
  if ((m = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text))) {
    return { start: dayOnOrBefore(anchor, MONTHS.indexOf(m[1]!), Number(m[2]), phrase) };
  }
  if ((m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`).exec(text))) {
    return { start: dayOnOrBefore(anchor, MONTHS.indexOf(m[2]!), Number(m[1]), phrase) };
  }
  if ((m = new RegExp(WEEKDAY).exec(text))) {
    const target = WEEKDAYS.indexOf(m[1]!) as Day;
    // previousDay() is strictly before: on the named weekday itself it would go back a week.
    return { start: isoDay(getDay(anchor, opts) === target ? anchor : previousDay(anchor, target, opts)) };
  }
  if ((m = new RegExp(`\\b${MONTH}\\b`).exec(text))) {
    return { start: monthBefore(anchor, MONTHS.indexOf(m[1]!), false) };
  }
  throw new Error(
    `cannot resolve the date phrase ${JSON.stringify(phrase)}: expected one of\n  ${SUPPORTED_RELATIVE_PHRASES.join('\n  ')}`,
  );
}

function parseDateline(dateline: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateline) ? parseISO(dateline, opts) : new Date(NaN);
  // parseISO accepts '2013-02-30' by rolling over; a dateline must be a real day.
  if (!isValid(date) || isoDay(date) !== dateline) {
    throw new Error(`invalid dateline ${JSON.stringify(dateline)}: expected an existing day 'YYYY-MM-DD'`);
  }
  return date;
}

/** The latest month `month` (0–11) on or before (or, when `strict`, strictly before) the anchor's month. */
function monthBefore(anchor: Date, month: number, strict: boolean): EdtfDate {
  const anchorMonth = Number(format(anchor, 'M', opts)) - 1;
  const year = Number(format(anchor, 'yyyy', opts));
  const back = month > anchorMonth || (strict && month === anchorMonth) ? 1 : 0;
  return `${String(year - back).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/** The latest existing `day` of `month` (0–11) on or before the anchor: 29 February goes back to a leap year. */
function dayOnOrBefore(anchor: Date, month: number, day: number, phrase: string): EdtfDate {
  const anchorDay = isoDay(anchor);
  const year = Number(format(anchor, 'yyyy', opts));
  // Eight years always contain a leap year with 29 February (the Gregorian gap 1896–1904 is the longest).
  for (let y = year; y > year - 9; y--) {
    const candidate = `${String(y).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const date = parseISO(candidate, opts);
    if (isValid(date) && isoDay(date) === candidate && candidate <= anchorDay) return candidate;
  }
  throw new Error(`cannot resolve the date phrase ${JSON.stringify(phrase)}: day ${day} does not exist in ${MONTHS[month]}`);
}
