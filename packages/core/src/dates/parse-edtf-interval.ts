import type { EdtfDate, TimeSpan } from '../model/index.js';
import { EdtfError, parseEdtf } from './parse-edtf.js';

/** Both ends of an EDTF interval of the profile, parsed. */
export interface EdtfInterval {
  start: TimeSpan;
  end: TimeSpan;
}

/**
 * Parses an EDTF interval `'<date>/<date>'` of the profile (both ends required).
 *
 * @example
 * parseEdtfInterval('2013-11-04/2013-11-10') //=> { start: { precision: 'day', … }, end: { … } }
 * parseEdtfInterval('2013-11-10/2013-11-04') // throws EdtfError: the end precedes the start
 * @throws EdtfError when either end is not a date of the profile, or the end starts before the start.
 */
export function parseEdtfInterval(interval: EdtfDate): EdtfInterval {
  if (typeof interval !== 'string') throw new EdtfError(String(interval), "an EDTF interval 'start/end'");
  const parts = interval.split('/');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new EdtfError(interval, "an EDTF interval of two dates 'start/end', such as '2013-11-04/2013-11-10'");
  }
  const start = parseEdtf(parts[0] as string);
  const end = parseEdtf(parts[1] as string);
  // Compared by `earliest`, like `When`: '2013-11/2013-11-05' is a valid, if odd, interval.
  if (end.earliest < start.earliest) {
    throw new EdtfError(interval, `an end (${end.edtf}) that does not precede the start (${start.edtf})`);
  }
  return { start, end };
}
