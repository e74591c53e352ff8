import { formatEdtf, type DetailLevel, type ViewDomain } from '@syria-timeline/core';

/**
 * A window in words, at the precision of the zoom level: 'Jan 2012 – Mar 2012' when showing
 * months or years, '4 Feb 2012 – 20 Feb 2012' when showing days. The end is exclusive, so the
 * last instant shown is `end - 1`. `locale` is a BCP 47 tag.
 */
export function rangeLabel(domain: ViewDomain, level: DetailLevel, locale: string): string {
  const cut = level === 'day' ? 10 : 7;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, cut);
  return `${formatEdtf(iso(domain.start), { locale })} – ${formatEdtf(iso(domain.end - 1), { locale })}`;
}
