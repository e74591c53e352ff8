const DAY_MS = 86_400_000;
const MONTH_MS = 30.436875 * DAY_MS;
const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: 'day' | 'week' | 'month' | 'year'): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format;
}

/**
 * The label of a folded stretch of `ms` milliseconds in a locale, in the largest unit that reads
 * naturally and rounded: days under two weeks, weeks under two months, months under three years,
 * then years. Framed by '⋯' (not text of the data, so the same in every script).
 * @example foldLabel(549 * 86_400_000, 'en') //=> '⋯ 18 months ⋯'
 */
export function foldLabel(ms: number, locale: string): string {
  const days = ms / DAY_MS;
  const months = ms / MONTH_MS;
  const [unit, n] = days < 14 ? (['day', days] as const)
    : months < 2 ? (['week', days / 7] as const)
    : months < 36 ? (['month', months] as const)
    : (['year', months / 12] as const);
  return `⋯ ${unitFormat(locale, unit).format(Math.max(1, Math.round(n)))} ⋯`;
}
