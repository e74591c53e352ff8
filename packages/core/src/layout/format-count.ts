/** Number formats per locale tag, memoised (a page uses a handful). */
const numberFormats = new Map<string, Intl.NumberFormat>();
/** Formatted counts per locale tag; past this many a locale's memo starts again (a zoom step formats a few hundred pills). */
const MEMO_SIZE = 4_000;
const formatted = new Map<string, Map<number, string>>();

/**
 * `n` in the locale's digits, the digits its dates use too, without grouping (a year stays '2012').
 * Memoised per locale: `Intl.NumberFormat#format` costs microseconds, and every zoom step names
 * its pills and their counts again, mostly the same small numbers.
 *
 * @example
 * formatCount(12, 'en-GB')        //=> '12'
 * formatCount(2012, 'ar-SY')      //=> '٢٠١٢'
 */
export function formatCount(n: number, locale: string): string {
  let memo = formatted.get(locale);
  if (memo === undefined) formatted.set(locale, (memo = new Map()));
  let text = memo.get(n);
  if (text === undefined) {
    let f = numberFormats.get(locale);
    if (f === undefined) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: false })));
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(n, (text = f.format(n)));
  }
  return text;
}
