import { utcDateFormat } from '../dates/utc-date-format.js';
import { axisTicks } from './axis-ticks.js';
import { foldLabel } from './fold-label.js';
import type { TimeAxis } from './time-axis.js';
import { createTimeScale } from './time-scale.js';
import type { AxisBreak, DetailLevel, Tick, ViewDomain } from './types.js';

/**
 * Ticks and breaks of a window on a folded axis. Inside each busy period (between two folds) the
 * axis is linear, so its ticks are `axisTicks` of that piece alone, at the true x of their time:
 * no tick falls inside a fold, and the first tick after a break is a major one that names the
 * year again ('Sep 2013'); a period with no boundary in it gets a lead tick at its start ('Aug 2013'), so
 * that every busy period in view can say when it is. Each fold in view is an `AxisBreak` labelled with what it hides ('⋯ 18 months ⋯').
 * At the 'year' level ticks are months (every 3 or 6): busy periods are short, and a year's
 * first day often lies in a fold.
 *
 * @param x maps UTC ms to px for this view (through `axis`).
 */
export function foldedAxisTicks(
  axis: TimeAxis, domain: ViewDomain, width: number, x: (time: number) => number, level: DetailLevel, locale: string,
): { ticks: Tick[]; breaks: AxisBreak[] } {
  const ticks: Tick[] = [];
  const breaks: AxisBreak[] = [];
  const { folds } = axis;
  const tickLevel = level === 'year' ? 'month' : level;
  for (let i = 0; i <= folds.length; i++) {
    const s = Math.max(i === 0 ? -Infinity : folds[i - 1]!.end, domain.start);
    const e = Math.min(i === folds.length ? Infinity : folds[i]!.start, domain.end);
    if (!(e > s)) continue;
    const x0 = x(s);
    const w = x(e) - x0;
    if (!(w > 0)) continue;
    const before = ticks.length;
    for (const tick of axisTicks(createTimeScale(s, e, w), w, tickLevel, locale)) {
      const at = tick.x + x0;
      if (at >= 0 && at <= width) ticks.push({ ...tick, x: at });
    }
    // A period too short for a month or day boundary still says when it is: a lead tick at its start.
    if (ticks.length === before && x0 >= 0 && x0 <= width) {
      const style = tickLevel === 'day' ? 'day' : 'month';
      const label = utcDateFormat(locale, style).format(s);
      const short = utcDateFormat(locale, style === 'day' ? 'dayMonth' : 'year').format(s);
      ticks.push({ key: `${tickLevel}:${s}`, time: s, x: x0, label, major: true, lead: true, ...(short !== label ? { short } : {}) });
    }
  }
  for (const fold of folds) {
    const x1 = x(fold.start);
    const x2 = x(fold.end);
    if (x2 < 0 || x1 > width) continue;
    breaks.push({ key: `break:${fold.start}`, start: fold.start, end: fold.end, x: x1, x2, label: foldLabel(fold.end - fold.start, locale) });
  }
  return { ticks, breaks };
}
