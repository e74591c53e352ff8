import { formatEdtf, SUPPORTED_TIME_RANGE, type DetailLevel, type ViewDomain } from '@syria-timeline/core';

/**
 * A window in words, at the precision of the zoom level: 'Jan 2012 – Mar 2012' when showing
 * months or years, '4 Feb 2012 – 20 Feb 2012' when showing days. The end is exclusive, so the
 * last instant shown is `end - 1`. `locale` is a BCP 47 tag.
 *
 * A view padded beyond the dates a dataset can hold (before 0000 or after 9999, around data at
 * either end) is labelled with the first or last day of that range: `toISOString()` writes such
 * years as '-000001' or '+010000', which are no EDTF dates.
 */
export function rangeLabel(domain: ViewDomain, level: DetailLevel, locale: string): string {
  const cut = level === 'day' ? 10 : 7;
  const { start, end } = SUPPORTED_TIME_RANGE;
  const iso = (ms: number) => new Date(Math.min(Math.max(ms, start), end - 1)).toISOString().slice(0, cut);
  return `${formatEdtf(iso(domain.start), { locale })} – ${formatEdtf(iso(domain.end - 1), { locale })}`;
}
