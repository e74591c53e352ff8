/** Bits of `PreparedTimeline.flags`. */
export const EVENT_FLAG = Object.freeze({ RANGE: 1, APPROXIMATE: 2, UNCERTAIN: 4, BACKGROUND: 8 });

/** Values of `PreparedTimeline.precision`. */
export const PRECISION_CODE = Object.freeze({ day: 0, month: 1, year: 2 });
