import type { DetailLevel } from './types.js';

/** At or above this many px per day the axis shows days ('7 Feb'): a week is then ≥ 56 px. */
export const DAY_LEVEL_PX_PER_DAY = 8;
/** At or above this many px per day (a month ≥ ~30 px) the axis shows months ('Feb'); below it, years. */
export const MONTH_LEVEL_PX_PER_DAY = 1;

/**
 * The level of detail for a zoom, from the px one day takes:
 * `'day'` from 8 px/day, `'month'` from 1 px/day, else `'year'`.
 * For a 1,000 px plot: five years → 'year', one year → 'month', three months or less → 'day'.
 */
export function levelOfDetail(pxPerDay: number): DetailLevel {
  if (pxPerDay >= DAY_LEVEL_PX_PER_DAY) return 'day';
  if (pxPerDay >= MONTH_LEVEL_PX_PER_DAY) return 'month';
  return 'year';
}
