/** The locale used when none is given: British English, day before month ('4 Feb 2012'). A BCP 47 tag. */
export const DEFAULT_DATE_LOCALE = 'en-GB';

/**
 * What a formatted date shows, as Intl fields: 'day' is '4 Feb 2012', 'month' 'Feb 2012', 'year'
 * '2012', 'monthName' 'Feb', 'dayMonth' '7 Feb', 'dayOfMonth' '7' (en-GB; other locales order and
 * spell them their own way).
 */
export type UtcDateStyle = 'day' | 'month' | 'year' | 'monthName' | 'dayMonth' | 'dayOfMonth';

const FIELDS: Readonly<Record<UtcDateStyle, Intl.DateTimeFormatOptions>> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
  monthName: { month: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
  dayOfMonth: { day: 'numeric' },
};

/** 0001-01-01T00:00Z: dates before it are BC in the proleptic Gregorian calendar Intl uses. */
const YEAR_ONE = (() => {
  const date = new Date(0);
  date.setUTCFullYear(1, 0, 1);
  return date.getTime();
})();

/**
 * An `Intl.DateTimeFormat` in UTC for one locale and style, which adds the era to a date before
 * year 1: the profile's year 0000 is 1 BC, and Intl writes its year as '1', like AD 1's.
 */
export class UtcDateFormat {
  private bc: Intl.DateTimeFormat | undefined;

  constructor(private readonly locales: string[], private readonly options: Intl.DateTimeFormatOptions, readonly intl: Intl.DateTimeFormat) {}

  format(time: number): string {
    return this.pick(time).format(time);
  }

  formatRangeToParts(start: number, end: number): Intl.DateTimeRangeFormatPart[] {
    return this.pick(start).formatRangeToParts(start, end);
  }

  private pick(time: number): Intl.DateTimeFormat {
    if (time >= YEAR_ONE || this.options.year === undefined) return this.intl;
    return (this.bc ??= new Intl.DateTimeFormat(this.locales, { ...this.options, era: 'short' }));
  }
}

// Building an Intl.DateTimeFormat costs tens of µs; formatting with one costs about 1 µs. A page
// uses a handful of locales, so the cache stays small.
const formats = new Map<string, UtcDateFormat>();

/**
 * A cached `Intl.DateTimeFormat` (wrapped: see `UtcDateFormat`) for a locale and style, always in
 * UTC so that no time zone can shift a day. A tag the runtime has no data for (say 'xx') formats as
 * `DEFAULT_DATE_LOCALE` rather than as the runtime's own default, so output never depends on the machine.
 *
 * @throws RangeError naming the value when `locale` is not a BCP 47 language tag.
 * @example
 * utcDateFormat('ru', 'month').format(Date.UTC(2012, 1)) //=> 'февр. 2012 г.'
 */
export function utcDateFormat(locale: string, style: UtcDateStyle): UtcDateFormat {
  const key = `${style} ${locale}`;
  let format = formats.get(key);
  if (format === undefined) {
    const locales = [locale, DEFAULT_DATE_LOCALE];
    const options: Intl.DateTimeFormatOptions = { ...FIELDS[style], timeZone: 'UTC' };
    try {
      format = new UtcDateFormat(locales, options, new Intl.DateTimeFormat(locales, options));
    } catch (cause) {
      throw new RangeError(`locale: got ${JSON.stringify(locale)}, expected a BCP 47 language tag such as 'en-GB', 'ru' or 'fr-CH'`, { cause });
    }
    formats.set(key, format);
  }
  return format;
}

const THIN_SPACES = /[\u2009\u202F]/g;

/**
 * `formatRange` of two UTC instants, in the house typography: a range of two bare numbers takes an
 * unspaced en dash ('4–10 Nov 2013', '2011–2013'; ICU spaces it in en-GB), and ICU's thin spaces
 * around the dash become plain ones ('28 Jan – 3 Feb 2012'), the same in every runtime's ICU.
 */
export function formatUtcRange(locale: string, style: UtcDateStyle, start: number, end: number): string {
  const parts = utcDateFormat(locale, style).formatRangeToParts(start, end);
  const bare = (source: string) => {
    const side = parts.filter((p) => p.source === source);
    return side.length === 1 && (side[0]!.type === 'day' || side[0]!.type === 'year');
  };
  const numbersOnly = bare('startRange') && bare('endRange');
  const text = parts.map((p, i) => {
    const separator = p.source === 'shared' && parts[i - 1]?.source === 'startRange' && parts[i + 1]?.source === 'endRange';
    return separator && numbersOnly ? '–' : p.value;
  });
  return text.join('').replace(THIN_SPACES, ' ');
}
