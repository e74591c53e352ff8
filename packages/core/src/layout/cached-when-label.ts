import { formatWhen } from '../dates/index.js';
import type { When } from '../model/index.js';

/*
 * A date as `formatWhen` writes it in a locale, memoised per `When` object (the dataset's own,
 * which outlive every layout) and locale. The stance bands name their first observation's date on
 * every zoom step, and formatting one with Intl costs microseconds (~0.4 ms a step at 100,000
 * events with the bench's stances). A dropped dataset takes its labels with it (WeakMap).
 */
const byWhen = new WeakMap<Pick<When, 'start' | 'end'>, Map<string, string>>();

/** `formatWhen(when, { locale })`, memoised (see above). */
export function cachedWhenLabel(when: Pick<When, 'start' | 'end'>, locale: string): string {
  let byLocale = byWhen.get(when);
  if (byLocale === undefined) byWhen.set(when, (byLocale = new Map()));
  let label = byLocale.get(locale);
  if (label === undefined) byLocale.set(locale, (label = formatWhen(when, { locale })));
  return label;
}
