import { isEdtf, parseEdtf } from '@syria-timeline/core';

/** What `zoomTo`, `start` and `end` accept: a Date, UTC ms, or a (partial) ISO date string. */
export type TimeInput = Date | number | string;

/**
 * Turns one bound of a view into UTC ms. A partial date covers an interval, so a start bound takes
 * its first instant and an end bound the instant after its last ('2012-03' as an end includes all
 * of March). Returns null, never throws, for input that is not a date: attributes are user input.
 *
 * @example
 * viewBound('2012-02', 'start') //=> Date.UTC(2012, 1, 1)
 * viewBound('2012-02', 'end')   //=> Date.UTC(2012, 2, 1)
 * viewBound('soon', 'start')    //=> null
 */
export function viewBound(input: TimeInput | null | undefined, side: 'start' | 'end'): number | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Date) return Number.isFinite(input.getTime()) ? input.getTime() : null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  const text = input.trim();
  if (isEdtf(text)) {
    const span = parseEdtf(text);
    return side === 'start' ? span.earliest : span.latest + 1;
  }
  // Full ISO timestamps ('2012-02-10T12:00Z') are instants: no interval to widen.
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(ms) ? ms : null;
}
