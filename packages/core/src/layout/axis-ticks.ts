import { utcDateFormat, type UtcDateStyle } from '../dates/utc-date-format.js';
import type { TimeScale } from './time-scale.js';
import type { DetailLevel, Tick } from './types.js';
import { utcTickTimes } from './utc-tick-times.js';

/** Ticks are at least this far apart (px), so that labels such as '28 Feb' or 'Sept' do not collide. */
export const TICK_MIN_SPACING_PX = 60;

const DAY_MS = 86_400_000;
const AVERAGE_DAYS: Record<DetailLevel, number> = { day: 1, month: 30.436875, year: 365.2425 };
const STEPS: Record<DetailLevel, readonly number[]> = {
  day: [1, 2, 7, 14],
  month: [1, 2, 3, 6],
  year: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
};

/**
 * Axis ticks for a time scale at a level of detail: whole years, months or days in UTC
 * (`utcTickTimes`), the step chosen so that ticks are at least `TICK_MIN_SPACING_PX` apart, all inside
 * `[0, width]`. Labels are formatted in UTC with `Intl.DateTimeFormat` in the locale (a BCP 47
 * tag): year '2012'; month 'Feb' ('Jan 2012' on January and on the first tick, both major); day
 * '7 Feb' (major on the 1st of a month; the first tick and 1 January also give the year).
 *
 * @example
 * axisTicks(createTimeScale(Date.UTC(2011, 0), Date.UTC(2016, 0), 1000), 1000, 'year', 'en-GB')
 *   .map((t) => t.label) //=> ['2011', '2012', '2013', '2014', '2015', '2016']
 */
export function axisTicks(scale: TimeScale, width: number, level: DetailLevel, locale: string): Tick[] {
  const span = scale.end - scale.start;
  if (!(span > 0) || !(width > 0)) return [];
  const pxPerUnit = (width / span) * DAY_MS * AVERAGE_DAYS[level];
  const steps = STEPS[level];
  const step = steps.find((s) => s * pxPerUnit >= TICK_MIN_SPACING_PX) ?? steps[steps.length - 1]!;
  // Both ends included, as d3-scale's ticks(interval) did.
  const times = utcTickTimes(level, step, scale.start, scale.end + 1);
  const format = (style: UtcDateStyle, time: number) => utcDateFormat(locale, style).format(time);
  const ticks: Tick[] = [];
  for (const time of times) {
    const date = new Date(time);
    const x = scale(time);
    if (!(x >= 0 && x <= width)) continue;
    const first = ticks.length === 0;
    let label: string;
    let major: boolean;
    let short: string | undefined;
    if (level === 'year') {
      label = format('year', time);
      major = date.getUTCFullYear() % 10 === 0;
    } else if (level === 'month') {
      const january = date.getUTCMonth() === 0;
      major = january || first;
      label = format(major ? 'month' : 'monthName', time);
      if (major) short = format('year', time);
    } else {
      major = date.getUTCDate() === 1;
      const withYear = first || (major && date.getUTCMonth() === 0);
      label = format(withYear ? 'day' : 'dayMonth', time);
    }
    const tick: Tick = { key: `${level}:${time}`, time, x, label, major };
    if (first) tick.lead = true;
    if (short !== undefined && short !== label) tick.short = short;
    ticks.push(tick);
  }
  return ticks;
}
