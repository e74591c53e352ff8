import { DEFAULT_DATE_LOCALE, formatCount } from '@syria-timeline/core';

let asked = false;

/**
 * Builds one date format and one number format (in UTC, for British English, the dates of the
 * default locale) in the page's first idle period, once per page. The first `Intl` formatter a
 * page builds costs 20–30 ms of CPU in Chromium (ICU readies its data; every later one costs a few
 * ms), and a first drawing builds several (axis ticks, the range label, pill counts): without this,
 * that cost falls inside the first drawing, after the data is handed over. A page that imports
 * the element has time to spare between loading it and having its data (a fetch, a `src`, the
 * built-in dataset's own chunk); data given before the page is idle is drawn as before, paying the
 * cost there. Nothing is kept but the formats' own caches; where there is no `requestIdleCallback`
 * (Safari), nothing is done.
 */
export function warmIntlWhenIdle(): void {
  if (asked || typeof requestIdleCallback !== 'function') return;
  asked = true;
  requestIdleCallback(() => {
    new Intl.DateTimeFormat(DEFAULT_DATE_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(0);
    formatCount(0, DEFAULT_DATE_LOCALE);
  }, { timeout: 2_000 });
}
