import type { AxisBreak, Tick } from './types.js';

/** Space between two tick labels, px. */
export const TICK_LABEL_GAP_PX = 8;
/** A label sits this far from its line, px. */
const OFFSET_PX = 4;
/** How far right a label may move past its usual place to make room for the one before it, px. */
const MAX_SHIFT_PX = 16;

/** Where a tick's label goes: `dx` from its line to the label's left edge, and the text (the full or the short label). */
export interface TickLabelPlace {
  readonly dx: number;
  readonly text: string;
}

/**
 * A width estimate for a 12 px tick label in a sans-serif font, px: about 7 px a character, 8 for
 * the bold major labels. Generous on purpose (it decides what is left out, not where text is cut).
 */
export function estimateTickLabelWidth(text: string, major: boolean): number {
  return text.length * (major ? 8 : 7);
}

/**
 * Which tick labels are written, where, and in which form, so that none runs into another, past
 * the plot's edges, or out of sight. In order of what a reader needs most:
 * 1. each lead tick (the axis' first and each busy period's first on a folded axis), which names the
 *    year, the widest periods first (`breaks`: the folds in view);
 * 2. the other major ticks (a new year);
 * 3. the minor ticks ('Mar') whose year is written before them.
 * A label sits right of its line; it may move up to 16 px right to clear the label before it, or,
 * when it would run past the right edge, sit left of its line; a major label that fits nowhere in full tries its
 * short form ('2015' for 'Sept 2015'). Labels keep `TICK_LABEL_GAP_PX` between them.
 *
 * Pure: `measure` gives a label's width (the element passes an estimate; no text is measured per frame).
 * @returns the placed labels by tick key.
 */
export function placeTickLabels(
  ticks: readonly Tick[], width: number, breaks: readonly Pick<AxisBreak, 'x' | 'x2'>[] = [],
  measure: (text: string, major: boolean) => number = estimateTickLabelWidth,
): Map<string, TickLabelPlace> {
  const placed: [number, number][] = [];
  const shown = new Map<string, TickLabelPlace>();
  const clear = (from: number, to: number) =>
    from >= 0 && to <= width && !placed.some(([a, b]) => from < b + TICK_LABEL_GAP_PX && to + TICK_LABEL_GAP_PX > a);
  const tryText = (t: Tick, text: string): boolean => {
    const length = measure(text, t.major);
    const candidates = [OFFSET_PX];
    for (const [, b] of placed) {
      const dx = b + TICK_LABEL_GAP_PX - t.x;
      if (dx > OFFSET_PX && dx <= OFFSET_PX + MAX_SHIFT_PX) candidates.push(dx);
    }
    candidates.sort((a, b) => a - b);
    // Left of the line only at the right edge: elsewhere a label left of its line reads as the time before it.
    if (t.x + OFFSET_PX + length > width) candidates.push(-OFFSET_PX - length);
    for (const dx of candidates) {
      if (!clear(t.x + dx, t.x + dx + length)) continue;
      placed.push([t.x + dx, t.x + dx + length]);
      shown.set(t.key, { dx, text });
      return true;
    }
    return false;
  };
  const place = (t: Tick) => tryText(t, t.label) || (t.short !== undefined && tryText(t, t.short));
  // The widest busy periods first: a sliver between two folds names its year only if there is room.
  const periodWidth = (t: Tick) => {
    let from = 0;
    let to = width;
    for (const b of breaks) {
      if (b.x2 <= t.x) from = Math.max(from, b.x2);
      else if (b.x >= t.x) to = Math.min(to, b.x);
    }
    return to - from;
  };
  ticks.filter((t) => t.lead).map((t) => [t, periodWidth(t)] as const).sort((a, b) => b[1] - a[1]).forEach(([t]) => place(t));
  const majors = ticks.filter((t) => t.major);
  majors.filter((t) => !t.lead).forEach(place);
  // A minor label ('Oct') is read against the year of the major label before it: none after a dropped one.
  for (const t of ticks) {
    if (t.major) continue;
    let year: Tick | undefined;
    for (const m of majors) if (m.x <= t.x) year = m;
    if (year === undefined || shown.has(year.key)) place(t);
  }
  return shown;
}
