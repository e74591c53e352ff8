import type { TimeSpan } from '../model/index.js';
import { approximatePrefix } from './approximate-prefix.js';
import { DEFAULT_DATE_LOCALE, formatUtcRange, utcDateFormat, type UtcDateStyle } from './utc-date-format.js';

/** Options shared by `formatEdtf` and `formatWhen`. */
export interface FormatDateOptions {
  /**
   * A BCP 47 language tag ('ru', 'fr-CH', 'de'); any locale the runtime's Intl knows. Defaults to
   * `DEFAULT_DATE_LOCALE`, 'en-GB' ('4 Feb 2012'). A tag without data formats as 'en-GB'.
   */
  locale?: string;
}

const STYLE: Record<TimeSpan['precision'], UtcDateStyle> = { day: 'day', month: 'month', year: 'year' };

/**
 * Formats one date, or a range of two, for people, with `Intl.DateTimeFormat`. Internal to
 * core/dates: the public entry points are `formatEdtf` and `formatWhen`. Always in UTC, so no
 * zone can shift a day.
 */
export function formatTimeSpans(start: TimeSpan, end: TimeSpan | undefined, options: FormatDateOptions = {}): string {
  const locale = options.locale ?? DEFAULT_DATE_LOCALE;
  const qualify = (text: string, span: TimeSpan) =>
    `${span.approximate ? `${approximatePrefix(locale)} ` : ''}${text}${span.uncertain ? '?' : ''}`;
  const single = (span: TimeSpan) => qualify(utcDateFormat(locale, STYLE[span.precision]).format(span.earliest), span);

  if (end === undefined || (end.earliest === start.earliest && end.latest === start.latest && sameQualifiers(start, end))) {
    return single(start);
  }
  // Ends qualified differently keep their own qualifiers, so neither is silently dropped.
  if (!sameQualifiers(start, end) || start.precision !== end.precision || end.earliest < start.earliest) {
    return `${single(start)} – ${single(end)}`;
  }
  // Intl shares what the ends have in common: '4–10 Nov 2013', '28 Jan – 3 Feb 2012', 'Jan – Mar 2012'.
  return qualify(formatUtcRange(locale, STYLE[start.precision], start.earliest, end.earliest), start);
}

function sameQualifiers(a: TimeSpan, b: TimeSpan): boolean {
  return a.approximate === b.approximate && a.uncertain === b.uncertain;
}
