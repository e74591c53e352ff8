import { describe, expect, it } from 'vitest';
import { axisTicks, TICK_MIN_SPACING_PX } from './axis-ticks.js';
import { levelOfDetail } from './level-of-detail.js';
import { createTimeScale } from './time-scale.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const ticksFor = (start: number, end: number, width: number, locale = 'en-GB') => {
  const scale = createTimeScale(start, end, width);
  const level = levelOfDetail((width / (end - start)) * 86_400_000);
  return { level, ticks: axisTicks(scale, width, level, locale) };
};

describe('levelOfDetail', () => {
  it('shows years below 1 px per day, months from 1 px per day, days from 8 px per day', () => {
    expect(levelOfDetail(0.5)).toBe('year');
    expect(levelOfDetail(1)).toBe('month');
    expect(levelOfDetail(7.9)).toBe('month');
    expect(levelOfDetail(8)).toBe('day');
  });
});

describe('axisTicks', () => {
  const cases: [string, number, number, number][] = [
    ['five years', utc(2011, 1), utc(2016, 1), 1000],
    ['five years, narrow', utc(2011, 1), utc(2016, 1), 320],
    ['one year', utc(2012, 1), utc(2013, 1), 1000],
    ['three weeks', utc(2013, 4, 1), utc(2013, 4, 22), 1000],
    ['three weeks across a month end', utc(2012, 1, 20), utc(2012, 2, 10), 1000],
    ['two months across a month end', utc(2012, 1, 10), utc(2012, 3, 10), 1000],
    ['three days', utc(2013, 4, 30), utc(2013, 5, 3), 320],
  ];
  for (const [name, start, end, width] of cases) {
    it(`keeps ticks inside [0, width], in order and at least the minimum spacing apart: ${name} at ${width}px`, () => {
      const { ticks } = ticksFor(start, end, width);
      expect(ticks.length).toBeGreaterThan(0);
      for (const t of ticks) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(width);
      }
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(TICK_MIN_SPACING_PX - 1e-9);
      expect(new Set(ticks.map((t) => t.key)).size).toBe(ticks.length);
    });
  }

  it('labels whole years at the year level', () => {
    const { level, ticks } = ticksFor(utc(2011, 1), utc(2016, 1), 1000);
    expect(level).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(['2011', '2012', '2013', '2014', '2015', '2016']);
  });

  it('labels months at the month level, with the year on January and on the first tick, both major', () => {
    const { level, ticks } = ticksFor(utc(2012, 5), utc(2013, 5), 1000);
    expect(level).toBe('month');
    expect(ticks[0]).toMatchObject({ label: 'May 2012', major: true });
    expect(ticks.find((t) => t.label === 'Jan 2013')?.major).toBe(true);
    expect(ticks.find((t) => t.label === 'Jul')?.major).toBe(false);
  });

  it('labels days at the day level, major on the first of a month', () => {
    const { level, ticks } = ticksFor(utc(2013, 3, 20), utc(2013, 4, 10), 1000);
    expect(level).toBe('day');
    expect(ticks[0]!.label).toMatch(/^\d{1,2} Mar 2013$/);
    const first = ticks.find((t) => t.time === utc(2013, 4, 1))!;
    expect(first).toMatchObject({ label: '1 Apr', major: true });
    expect(ticks.filter((t) => t.major).every((t) => new Date(t.time).getUTCDate() === 1)).toBe(true);
  });

  it('puts no day tick next to the 1st of the next month when stepping by weeks', () => {
    const { ticks } = ticksFor(utc(2013, 1, 1), utc(2013, 4, 1), 1000);
    const days = ticks.map((t) => new Date(t.time).getUTCDate());
    expect(days.every((d) => d <= 22)).toBe(true);
  });

  it('formats labels in the given locale, in UTC', () => {
    // ICU (Node's) adds 'г.' after a Russian year: 'янв. 2012 г.' (date-fns gave 'янв. 2012').
    const russian = ticksFor(utc(2012, 1), utc(2013, 1), 1000, 'ru').ticks.map((t) => t.label);
    expect(russian[0]).toBe('янв. 2012 г.');
    expect(russian[1]).toBe('февр.');
    expect(russian.every((l) => /[\u0400-\u04FF]/.test(l))).toBe(true);
    const french = ticksFor(utc(2013, 4, 1), utc(2013, 4, 22), 1000, 'fr').ticks.map((t) => t.label);
    expect(french[0]).toBe('1 avr. 2013');
    const german = ticksFor(utc(2013, 4, 1), utc(2013, 4, 22), 1000, 'de').ticks.map((t) => t.label);
    expect(german[0]).toBe('1. Apr. 2013');
    expect(ticksFor(utc(2011, 1), utc(2016, 1), 1000, 'ar').ticks).toHaveLength(6);
  });

  it('labels every month at one year: "Sept" is ICU\'s en-GB short September', () => {
    const { ticks } = ticksFor(utc(2012, 1), utc(2013, 1), 2000);
    expect(ticks.map((t) => t.label)).toEqual([
      'Jan 2012', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan 2013',
    ]);
    expect(ticks.map((t) => t.time)).toEqual(Array.from({ length: 13 }, (_, m) => Date.UTC(2012, m)));
  });

  it('steps by whole months or years when single ones would crowd, and includes both ends of the domain', () => {
    const { level, ticks: months } = ticksFor(utc(2012, 1), utc(2014, 1), 1000);
    expect(level).toBe('month');
    expect(months.map((t) => new Date(t.time).getUTCMonth())).toEqual([0, 2, 4, 6, 8, 10, 0, 2, 4, 6, 8, 10, 0]);
    expect(months.at(-1)).toMatchObject({ time: utc(2014, 1), x: 1000, label: 'Jan 2014', major: true });
    const years = ticksFor(utc(1900, 1), utc(2000, 1), 600).ticks.map((t) => t.label);
    expect(years).toEqual(['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000']);
  });

  it('labels days every 2, 7 or 14 days from the 1st, with the year on the first tick and on 1 January', () => {
    const { level, ticks } = ticksFor(utc(2012, 12, 20), utc(2013, 1, 20), 500);
    expect(level).toBe('day');
    expect(ticks.map((t) => t.label)).toEqual(['22 Dec 2012', '1 Jan 2013', '8 Jan', '15 Jan']);
    expect(ticks.map((t) => t.major)).toEqual([false, true, false, false]);
  });
});
