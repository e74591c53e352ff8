import { describe, expect, it } from 'vitest';
import { foldLabel } from './fold-label.js';

const DAY = 86_400_000;

describe('foldLabel', () => {
  it('says how long a folded stretch is, in the unit that reads naturally, rounded', () => {
    expect(foldLabel(10 * DAY, 'en')).toBe('⋯ 10 days ⋯');
    expect(foldLabel(40 * DAY, 'en')).toBe('⋯ 6 weeks ⋯');
    expect(foldLabel(549 * DAY, 'en')).toBe('⋯ 18 months ⋯');
    expect(foldLabel(4 * 365.25 * DAY, 'en')).toBe('⋯ 4 years ⋯');
  });

  it('speaks the locale', () => {
    expect(foldLabel(549 * DAY, 'ru')).toBe('⋯ 18 месяцев ⋯');
    expect(foldLabel(300 * DAY, 'ar')).toMatch(/^⋯ .*أشهر ⋯$|^⋯ .*شهرًا ⋯$/);
  });
});
