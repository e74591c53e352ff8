import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { utc } from '@date-fns/utc';
import type { TimeSpan } from '../model/index.js';
import { approximatePrefix } from './approximate-prefix.js';

/** Options shared by `formatEdtf` and `formatWhen`. */
export interface FormatDateOptions {
  /** A date-fns locale (`import { ru } from 'date-fns/locale'`); defaults to `enGB` ('4 Feb 2012'). */
  locale?: Locale;
}

/** The locale used when none is given: British English, day before month ('4 Feb 2012'). */
export const DEFAULT_DATE_LOCALE: Locale = enGB;

// 'LLL' is the stand-alone month name: Russian needs the nominative ('февр. 2012'), not the genitive of 'MMM'.
const FULL: Record<TimeSpan['precision'], string> = { day: 'd MMM yyyy', month: 'LLL yyyy', year: 'yyyy' };

/**
 * Formats one date, or a range of two, for people. Internal to core/dates: the public entry
 * points are `formatEdtf` and `formatWhen`. Always in UTC, so no zone can shift a day.
 */
export function formatTimeSpans(start: TimeSpan, end: TimeSpan | undefined, options: FormatDateOptions = {}): string {
  const locale = options.locale ?? DEFAULT_DATE_LOCALE;
  const fmt = (span: TimeSpan, pattern: string) => format(span.earliest, pattern, { locale, in: utc });
  const qualify = (text: string, span: TimeSpan) =>
    `${span.approximate ? `${approximatePrefix(locale)} ` : ''}${text}${span.uncertain ? '?' : ''}`;
  const single = (span: TimeSpan) => qualify(fmt(span, FULL[span.precision]), span);

  if (end === undefined || (end.earliest === start.earliest && end.latest === start.latest && sameQualifiers(start, end))) {
    return single(start);
  }
  // Ends qualified differently keep their own qualifiers, so neither is silently dropped.
  if (!sameQualifiers(start, end) || start.precision !== end.precision) {
    return `${single(start)} – ${single(end)}`;
  }
  const sameYear = fmt(start, 'yyyy') === fmt(end, 'yyyy');
  const sameMonth = sameYear && fmt(start, 'MM') === fmt(end, 'MM');
  let text: string;
  if (start.precision === 'day' && sameMonth) text = `${fmt(start, 'd')}–${fmt(end, FULL.day)}`;
  else if (start.precision === 'day' && sameYear) text = `${fmt(start, 'd MMM')} – ${fmt(end, FULL.day)}`;
  else if (start.precision === 'month' && sameYear) text = `${fmt(start, 'LLL')} – ${fmt(end, FULL.month)}`;
  else if (start.precision === 'year') text = `${fmt(start, 'yyyy')}–${fmt(end, 'yyyy')}`;
  else text = `${fmt(start, FULL[start.precision])} – ${fmt(end, FULL[end.precision])}`;
  return qualify(text, start);
}

function sameQualifiers(a: TimeSpan, b: TimeSpan): boolean {
  return a.approximate === b.approximate && a.uncertain === b.uncertain;
}
