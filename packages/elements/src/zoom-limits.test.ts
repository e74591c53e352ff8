import { describe, expect, it } from 'vitest';
import { MIN_VIEW_SPAN_MS } from '@syria-timeline/core';
import { boundedExtent, spanMs, viewBounds, zoomLimits } from './zoom-limits.js';

const DAY = 86_400_000;

describe('spanMs reads an ISO 8601 duration', () => {
  it('counts days, weeks, months (a twelfth of 365.25 days), years and hours', () => {
    expect(spanMs('P1D')).toBe(DAY);
    expect(spanMs('p2w')).toBe(14 * DAY);
    expect(spanMs('P1Y')).toBe(365.25 * DAY);
    expect(spanMs('P6M')).toBe(182.625 * DAY);
    expect(spanMs('P1Y2D')).toBe(367.25 * DAY);
    expect(spanMs('PT12H')).toBe(DAY / 2);
    expect(spanMs(' P1,5D ')).toBe(1.5 * DAY);
  });

  it('gives null for what is not a positive duration', () => {
    for (const bad of ['', 'P', 'PT', '3 days', '3', 'P0D', 'P1H', 'P-1D', '1D', 'P1DT']) expect(spanMs(bad), bad).toBeNull();
  });
});

describe('viewBounds reads START/END', () => {
  it('takes dates as start and end do, the end inclusive', () => {
    expect(viewBounds('2012/2013')).toEqual({ start: Date.UTC(2012, 0, 1), end: Date.UTC(2014, 0, 1) });
    expect(viewBounds('2012-03-05/2012-04')).toEqual({ start: Date.UTC(2012, 2, 5), end: Date.UTC(2012, 4, 1) });
  });

  it('leaves a side given as .. or nothing open', () => {
    expect(viewBounds('2012-03/..')).toEqual({ start: Date.UTC(2012, 2, 1), end: null });
    expect(viewBounds('/2013')).toEqual({ start: null, end: Date.UTC(2014, 0, 1) });
  });

  it('gives null for no interval, an unreadable side or an end not after the start', () => {
    for (const bad of ['2012', '2012/2013/2014', 'soon/2013', '2014/2013', '2012-13/2013']) expect(viewBounds(bad), bad).toBeNull();
  });
});

describe('zoomLimits', () => {
  it('keeps the defaults without attributes, and for unreadable values', () => {
    expect(zoomLimits(undefined, undefined, undefined)).toMatchObject({ minSpanMs: MIN_VIEW_SPAN_MS, maxSpanMs: undefined, bounds: undefined });
    expect(zoomLimits('soon', 'later', 'never')).toMatchObject({ minSpanMs: MIN_VIEW_SPAN_MS, maxSpanMs: undefined, bounds: undefined });
  });

  it('drops a max-span narrower than the min-span, and its key changes with each limit', () => {
    expect(zoomLimits('P1M', 'P1W', undefined).maxSpanMs).toBeUndefined();
    const keys = new Set([zoomLimits(undefined, undefined, undefined), zoomLimits('P1W', undefined, undefined),
      zoomLimits(undefined, 'P1Y', undefined), zoomLimits(undefined, undefined, '2012/..')].map((l) => l.key));
    expect(keys.size).toBe(4);
  });

  it('boundedExtent fills an open side from the data', () => {
    const padded = { start: Date.UTC(2010, 9, 1), end: Date.UTC(2016, 2, 1) };
    expect(boundedExtent(padded, undefined)).toBe(padded);
    expect(boundedExtent(padded, { start: Date.UTC(2012, 0, 1), end: null })).toEqual({ start: Date.UTC(2012, 0, 1), end: padded.end });
  });
});
