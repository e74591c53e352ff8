import type { When } from '../model/index.js';
import { parseEdtf } from './parse-edtf.js';
import { formatTimeSpans, type FormatDateOptions } from './format-time-spans.js';

/**
 * Formats the date or range of a `When` for people (in UTC). The basis is not included:
 * see `describeBasis`.
 *
 * @example
 * formatWhen({ start: '2012-02-07', basis: 'stated' })                     //=> '7 Feb 2012'
 * formatWhen({ start: '2012-01-28', end: '2012-02-03', basis: 'stated' })  //=> '28 Jan – 3 Feb 2012'
 * formatWhen({ start: '2011-11', end: '2012-02', basis: 'stated' })        //=> 'Nov 2011 – Feb 2012'
 * formatWhen({ start: '2012-02-07', basis: 'stated' }, { locale: 'fr' })  //=> '7 févr. 2012'
 * @throws EdtfError when `start` or `end` is not a date of the profile.
 */
export function formatWhen(when: Pick<When, 'start' | 'end'>, options: FormatDateOptions = {}): string {
  const start = parseEdtf(when.start);
  return formatTimeSpans(start, when.end === undefined ? undefined : parseEdtf(when.end), options);
}
