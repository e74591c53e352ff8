import { describe, expect, it } from 'vitest';
import { viewBound } from '../src/view-bound.js';
import { densityBins } from '../src/overview-density.js';
import { keyboardAction } from '../src/keyboard-action.js';
import { EVENT_GLYPHS, glyphPath } from '../src/event-glyphs.js';
import { resolveLocale } from '../src/locales.js';

describe('viewBound', () => {
  it('reads a partial date as the start of its interval, or the instant after its end', () => {
    expect(viewBound('2012', 'start')).toBe(Date.UTC(2012, 0, 1));
    expect(viewBound('2012', 'end')).toBe(Date.UTC(2013, 0, 1));
    expect(viewBound('2012-02', 'end')).toBe(Date.UTC(2012, 2, 1));
    expect(viewBound('2012-02-29', 'end')).toBe(Date.UTC(2012, 2, 1));
  });

  it('takes Dates, numbers and full timestamps as instants', () => {
    expect(viewBound(new Date(Date.UTC(2013, 4, 2)), 'end')).toBe(Date.UTC(2013, 4, 2));
    expect(viewBound(1234, 'start')).toBe(1234);
    expect(viewBound('2012-02-10T12:00Z', 'end')).toBe(Date.UTC(2012, 1, 10, 12));
  });

  it('returns null, without throwing, for what is not a date', () => {
    for (const bad of ['soon', '2013-02-30', '', 'javascript:1', NaN, new Date('x'), null, undefined]) {
      expect(viewBound(bad as never, 'start')).toBeNull();
    }
  });
});

describe('densityBins', () => {
  it('counts starts into equal bins and drops those outside the extent', () => {
    expect([...densityBins([0, 1, 9, 10, -1], { start: 0, end: 10 }, 2)]).toEqual([2, 1]);
  });

  it('gives empty bins for an empty extent', () => {
    expect([...densityBins([5], { start: 5, end: 5 }, 3)]).toEqual([0, 0, 0]);
  });
});

describe('keyboardAction', () => {
  it('maps the documented keys', () => {
    expect(keyboardAction({ key: 'ArrowDown', altKey: false, ctrlKey: false, metaKey: false })).toEqual({ kind: 'move', move: 'down' });
    expect(keyboardAction({ key: ' ', altKey: false, ctrlKey: false, metaKey: false })).toEqual({ kind: 'activate' });
    expect(keyboardAction({ key: '-', altKey: false, ctrlKey: false, metaKey: false })).toEqual({ kind: 'zoom', direction: 'out' });
  });

  it('leaves modified keys and unknown keys to the browser', () => {
    expect(keyboardAction({ key: 'ArrowLeft', altKey: true, ctrlKey: false, metaKey: false })).toBeNull();
    expect(keyboardAction({ key: '+', altKey: false, ctrlKey: true, metaKey: false })).toBeNull();
    expect(keyboardAction({ key: 'Tab', altKey: false, ctrlKey: false, metaKey: false })).toBeNull();
  });
});

describe('glyphs', () => {
  it('give each of the 15 event types its own shape', () => {
    const names = Object.values(EVENT_GLYPHS);
    expect(names).toHaveLength(15);
    expect(new Set(names).size).toBe(15);
    expect(new Set(names.map((n) => glyphPath(n, 6))).size).toBe(15);
  });
});

describe('resolveLocale', () => {
  it('maps a locale tag to the interface language, text direction and a BCP 47 tag for dates', () => {
    expect(resolveLocale('ar')).toEqual({ id: 'ar', dates: 'ar', dir: 'rtl', lang: 'ar' });
    expect(resolveLocale('fr-CH')).toMatchObject({ id: 'fr', dates: 'fr-CH' });
    expect(resolveLocale('ru_RU')).toMatchObject({ id: 'ru', dates: 'ru-RU' });
  });

  it('keeps British dates for English, and English text with its own dates for a language without messages', () => {
    expect(resolveLocale(null)).toEqual({ id: 'en', dates: 'en-GB', dir: 'ltr', lang: 'en' });
    expect(resolveLocale('en').dates).toBe('en-GB');
    expect(resolveLocale('en-US').dates).toBe('en-US');
    expect(resolveLocale('de')).toEqual({ id: 'en', dates: 'de', dir: 'ltr', lang: 'en' });
  });

  it('falls back to English for a value that is not a language tag, rather than failing', () => {
    expect(resolveLocale('not a tag!')).toEqual({ id: 'en', dates: 'en-GB', dir: 'ltr', lang: 'en' });
  });
});
