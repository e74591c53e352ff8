import type { EdtfDate } from '../model/index.js';
import { parseEdtf } from './parse-edtf.js';
import { parseEdtfInterval } from './parse-edtf-interval.js';
import { formatTimeSpans, type FormatDateOptions } from './format-time-spans.js';

/**
 * Formats an EDTF date of the profile, or an interval `'start/end'`, for people (in UTC).
 *
 * @example
 * formatEdtf('2012-02-04')             //=> '4 Feb 2012'
 * formatEdtf('2013-11~')               //=> 'c. Nov 2013'
 * formatEdtf('2012-02?')               //=> 'Feb 2012?'
 * formatEdtf('2013-11-04/2013-11-10')  //=> '4–10 Nov 2013'
 * formatEdtf('2012-02', { locale: 'ru' }) //=> 'февр. 2012 г.'
 * formatEdtf('2012-02-04', { locale: 'de' }) //=> '4. Feb. 2012'
 * @throws EdtfError when the string is not a date or interval of the profile.
 */
export function formatEdtf(edtf: EdtfDate, options: FormatDateOptions = {}): string {
  if (typeof edtf === 'string' && edtf.includes('/')) {
    const { start, end } = parseEdtfInterval(edtf);
    return formatTimeSpans(start, end, options);
  }
  return formatTimeSpans(parseEdtf(edtf), undefined, options);
}
