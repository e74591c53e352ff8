import type { Precision, When } from '../model/index.js';
import { parseEdtf } from './parse-edtf.js';

/** The UTC interval a `When` covers: from its start's earliest instant to its end's (or start's) latest. */
export interface WhenSpan {
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, inclusive. */
  end: number;
  /** The coarser precision of start and end. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** True when the `When` has an explicit `end` (a range, not a point or a partial date). */
  isRange: boolean;
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Parses a `When` to the interval it covers.
 * @throws EdtfError when `start` or `end` is not a valid date of the profile.
 */
export function whenSpan(when: Pick<When, 'start' | 'end'>): WhenSpan {
  const s = parseEdtf(when.start);
  const e = when.end === undefined ? s : parseEdtf(when.end);
  return {
    start: s.earliest,
    end: Math.max(e.latest, s.latest),
    precision: RANK[e.precision] > RANK[s.precision] ? e.precision : s.precision,
    approximate: s.approximate || e.approximate,
    uncertain: s.uncertain || e.uncertain,
    isRange: when.end !== undefined,
  };
}
