import type { EdtfDate } from './when.js';

export type Precision = 'year' | 'month' | 'day';

/** A parsed EDTF date: the UTC interval it covers, derived and never stored. */
export interface TimeSpan {
  edtf: EdtfDate;
  /** UTC ms of the first instant covered. */
  earliest: number;
  /** UTC ms of the last instant covered (inclusive, e.g. 23:59:59.999 of the last day). */
  latest: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}
