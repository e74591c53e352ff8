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

/**
 * Instants whose parts a format keeps (see `UtcDateFormat#partsOf`): the days a view lists come
 * back, range after range, and `formatToParts` costs ~5 µs a call.
 */
const PARTS_CACHE = 1_024;

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
  /** Range patterns by the largest field that differs (see `formatRangeToParts`); null: ask ICU. */
  private readonly patterns = new Map<RangeField, RangePart[] | null>();
  /** The fields compared are the Gregorian calendar's (a locale may default to another: 'fa' to the Persian). */
  private readonly gregorian: boolean;
  /** `intl.formatToParts` by instant, up to PARTS_CACHE of them (then started afresh). */
  private readonly parts = new Map<number, Intl.DateTimeFormatPart[]>();

  constructor(private readonly locales: string[], private readonly options: Intl.DateTimeFormatOptions, readonly intl: Intl.DateTimeFormat) {
    this.gregorian = intl.resolvedOptions().calendar === 'gregory';
  }

  format(time: number): string {
    return this.pick(time).format(time);
  }

  /**
   * `Intl.DateTimeFormat#formatRangeToParts`, ~4× faster for dates from year 1 on: ICU's interval
   * format costs ~40 µs a call, two `formatToParts` ~10 µs. The parts' order, sources and literals
   * depend only on the largest field that differs (year, month or day), so on the Gregorian
   * calendar they are read once per such field from ICU (a pattern) and filled with each end's own
   * fields. A pattern is used only after it gave ICU's exact answer for twelve sample ranges (every
   * month, each in its own year, to catch locales whose ranges spell fields otherwise); if not, or
   * when a date alone lacks a field its range shows, ICU is asked.
   */
  formatRangeToParts(start: number, end: number): Intl.DateTimeRangeFormatPart[] {
    const intl = this.pick(start);
    const field = intl === this.intl && end >= YEAR_ONE && this.gregorian ? largestDifference(start, end) : undefined;
    if (field === undefined) return intl.formatRangeToParts(start, end);
    let pattern = this.patterns.get(field);
    if (pattern === undefined) this.patterns.set(field, (pattern = rangePattern(intl, field)));
    return (pattern && fillRange(pattern, this.partsOf(start), this.partsOf(end))) ?? intl.formatRangeToParts(start, end);
  }

  /** `intl.formatToParts(time)`, kept: a range's ends are mostly days other ranges end on too. */
  private partsOf(time: number): readonly Intl.DateTimeFormatPart[] {
    let parts = this.parts.get(time);
    if (parts === undefined) {
      if (this.parts.size >= PARTS_CACHE) this.parts.clear();
      this.parts.set(time, (parts = this.intl.formatToParts(time)));
    }
    return parts;
  }

  private pick(time: number): Intl.DateTimeFormat {
    if (time >= YEAR_ONE || this.options.year === undefined) return this.intl;
    return (this.bc ??= new Intl.DateTimeFormat(this.locales, { ...this.options, era: 'short' }));
  }
}

type RangeField = 'year' | 'month' | 'day';
type RangePart = Intl.DateTimeRangeFormatPart;

/** The largest calendar field in which two UTC instants differ; undefined when they share the day. */
function largestDifference(start: number, end: number): RangeField | undefined {
  const a = new Date(start);
  const b = new Date(end);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return 'year';
  if (a.getUTCMonth() !== b.getUTCMonth()) return 'month';
  if (a.getUTCDate() !== b.getUTCDate()) return 'day';
  return undefined;
}

/**
 * The range's parts with each field's value taken from the end it comes from (`from`, `to`: each
 * end's own parts; shared fields: the start's); null when a date alone does not show a field that
 * the range does (a year added to a day-and-month range across years).
 */
function fillRange(pattern: readonly RangePart[], from: readonly Intl.DateTimeFormatPart[], to: readonly Intl.DateTimeFormatPart[]): RangePart[] | null {
  const out: RangePart[] = [];
  for (const p of pattern) {
    if (p.type === 'literal') {
      out.push(p);
      continue;
    }
    const own = (p.source === 'endRange' ? to : from).find((q) => q.type === p.type);
    if (own === undefined) return null;
    out.push({ type: p.type, value: own.value, source: p.source });
  }
  return out;
}

/** Sample ranges that differ in `field`: one starting in each month, each in a year of its own. */
function samples(field: RangeField): [number, number][] {
  return Array.from({ length: 12 }, (_, m): [number, number] => {
    const y = 2001 + m * 3;
    const start = Date.UTC(y, m, 3);
    if (field === 'year') return [start, Date.UTC(y + 1 + (m % 3), (m + 5) % 12, 21)];
    if (field === 'month') return m === 11 ? [Date.UTC(y, 10, 3), Date.UTC(y, 11, 21)] : [start, Date.UTC(y, m + 1, 21)];
    return [start, Date.UTC(y, m, 21)];
  });
}

/** The parts of ICU's range for `field`, once checked against ICU on every sample; null if one differs. */
function rangePattern(intl: Intl.DateTimeFormat, field: RangeField): RangePart[] | null {
  const [first, ...rest] = samples(field);
  const pattern = intl.formatRangeToParts(first![0], first![1]);
  const text = (parts: readonly RangePart[] | null) => parts?.map((p) => `${p.source}:${p.type}:${p.value}`).join('|');
  for (const [a, b] of [first!, ...rest]) if (text(fillRange(pattern, intl.formatToParts(a), intl.formatToParts(b))) !== text(intl.formatRangeToParts(a, b))) return null;
  return pattern;
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
