import { describe, expect, it } from 'vitest';
import { formatUtcRange, utcDateFormat } from './utc-date-format.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('utcDateFormat(locale, style)', () => {
  it('formats in UTC whatever the machine zone: midnight of 1 January stays in its year', () => {
    expect(utcDateFormat('en-GB', 'day').format(utc(2012, 1, 1))).toBe('1 Jan 2012');
    expect(utcDateFormat('en-GB', 'day').format(utc(2012, 12, 31) + 86_399_999)).toBe('31 Dec 2012');
  });

  it('gives the en-GB styles the layout uses; ICU abbreviates September as "Sept"', () => {
    const t = utc(2012, 9, 7);
    expect(['day', 'month', 'year', 'monthName', 'dayMonth', 'dayOfMonth'].map((s) => utcDateFormat('en-GB', s as never).format(t)))
      .toEqual(['7 Sept 2012', 'Sept 2012', '2012', 'Sept', '7 Sept', '7']);
  });

  it('builds one formatter per locale and style and reuses it', () => {
    expect(utcDateFormat('fr', 'day')).toBe(utcDateFormat('fr', 'day'));
    expect(utcDateFormat('fr', 'day')).not.toBe(utcDateFormat('fr', 'month'));
  });
});

describe('formatUtcRange(locale, style, start, end)', () => {
  it('joins two bare numbers with an unspaced en dash, in any locale', () => {
    expect(formatUtcRange('en-GB', 'day', utc(2013, 11, 4), utc(2013, 11, 10))).toBe('4–10 Nov 2013');
    expect(formatUtcRange('en-GB', 'year', utc(2011, 1), utc(2015, 1))).toBe('2011–2015');
    expect(formatUtcRange('en-US', 'day', utc(2013, 11, 4), utc(2013, 11, 10))).toBe('Nov 4–10, 2013');
  });

  it('spaces the dash with plain spaces between compound ends (no thin spaces)', () => {
    const text = formatUtcRange('en-GB', 'day', utc(2012, 1, 28), utc(2012, 2, 3));
    expect(text).toBe('28 Jan – 3 Feb 2012');
    expect(text).not.toMatch(/[\u2009\u202F]/);
  });
});

describe('UtcDateFormat#formatRangeToParts', () => {
  const LOCALES = ['en-GB', 'en-US', 'ru', 'fr', 'ar', 'ar-EG', 'de', 'ja', 'zh', 'fa', 'th', 'ar-SA', 'he', 'hi', 'pl', 'cs', 'fi', 'xx'];
  const STYLES = ['day', 'month', 'year', 'monthName', 'dayMonth', 'dayOfMonth'] as const;

  it("gives ICU's own parts for every locale and style, over many ranges (the fast path changes only the speed)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const day = 86_400_000;
    for (const locale of LOCALES) {
      for (const style of STYLES) {
        const format = utcDateFormat(locale, style);
        for (let i = 0; i < 60; i++) {
          // Spans from a day to ten years, from 1900 to 2100, and a few across year 1.
          const start = (i < 3 ? utc(1, 1, 1) - 400 * day : utc(1900, 1, 1)) + Math.floor(random() * 73_000) * day;
          const end = start + Math.floor(random() ** 3 * 3650) * day + (i % 5 === 0 ? day : 0);
          expect(format.formatRangeToParts(start, end), `${locale} ${style} ${new Date(start).toISOString()} ${new Date(end).toISOString()}`)
            .toEqual(format.intl.formatRangeToParts(start, end));
        }
      }
    }
  });
});
