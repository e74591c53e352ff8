/** Number formats per locale tag, memoised (a page uses a handful). */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * `n` in the locale's digits, the digits its dates use too, without grouping (a year stays '2012').
 *
 * @example
 * formatCount(12, 'en-GB')        //=> '12'
 * formatCount(2012, 'ar-SY')      //=> '٢٠١٢'
 */
export function formatCount(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (f === undefined) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: false })));
  return f.format(n);
}
