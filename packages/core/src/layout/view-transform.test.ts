import { describe, expect, it } from 'vitest';
import {
  clampTransform, domainOfTransform, maxZoomOf, minZoomOf, transformOfDomain, wheelZoomFactor, zoomAndPan, IDENTITY_TRANSFORM,
  type ViewGeometry,
} from './view-transform.js';

const DAY = 86_400_000;
const g: ViewGeometry = { extent: { start: Date.UTC(2011, 0, 1), end: Date.UTC(2016, 0, 1) }, width: 1000, minSpanMs: 3 * DAY };
const span = g.extent.end - g.extent.start;
/** The instant drawn at screen x `px`. */
const timeAt = (t: { k: number; x: number }, px: number) => g.extent.start + ((px - t.x) / t.k / g.width) * span;

describe('window and transform', () => {
  it('the whole extent is the identity, and a window round-trips to the same ms', () => {
    expect(transformOfDomain(g.extent, g)).toEqual({ k: 1, x: -0 });
    const d = { start: Date.UTC(2013, 6, 1), end: Date.UTC(2013, 9, 1) };
    const back = domainOfTransform(transformOfDomain(d, g), g);
    expect(back.start).toBeCloseTo(d.start, -1);
    expect(back.end).toBeCloseTo(d.end, -1);
  });

  it('a window of a fifth of the extent is k = 5', () => {
    const d = { start: g.extent.start + span * 0.4, end: g.extent.start + span * 0.6 };
    const t = transformOfDomain(d, g);
    expect(t.k).toBeCloseTo(5, 9);
    expect(t.x).toBeCloseTo(-2000, 6);
  });

  it('the largest zoom shows the narrowest window, and is never below 1', () => {
    expect(maxZoomOf(g)).toBeCloseTo(span / (3 * DAY), 9);
    expect(maxZoomOf({ ...g, minSpanMs: span * 10 })).toBe(1);
  });
});

describe('clampTransform', () => {
  it('cannot zoom out past the extent nor in past the narrowest window', () => {
    expect(clampTransform({ k: 0.5, x: 100 }, g)).toEqual(IDENTITY_TRANSFORM);
    const t = clampTransform({ k: 1e9, x: -5e11 }, g);
    expect(t.k).toBe(maxZoomOf(g));
    const d = domainOfTransform(t, g);
    expect(d.end - d.start).toBeCloseTo(3 * DAY, -1);
  });

  it('keeps the window inside the extent at both ends', () => {
    expect(clampTransform({ k: 2, x: 300 }, g)).toEqual({ k: 2, x: 0 });
    expect(clampTransform({ k: 2, x: -5000 }, g)).toEqual({ k: 2, x: -1000 });
    expect(clampTransform({ k: 2, x: -400 }, g)).toEqual({ k: 2, x: -400 });
  });
});

describe('the widest window (maxSpanMs)', () => {
  const year = { ...g, maxSpanMs: 365 * DAY };

  it('clampTransform zooms a wider window in, about the plot centre, to maxSpanMs', () => {
    const t = clampTransform(IDENTITY_TRANSFORM, year);
    expect(t.k).toBeCloseTo(minZoomOf(year), 9);
    const d = domainOfTransform(t, year);
    expect(d.end - d.start).toBeCloseTo(365 * DAY, -1);
    expect((d.start + d.end) / 2).toBeCloseTo((g.extent.start + g.extent.end) / 2, -1);
  });

  it('a wheel step out stops at maxSpanMs', () => {
    const t = zoomAndPan({ k: 20, x: -8000 }, year, 0.01, 500, 500);
    const d = domainOfTransform(t, year);
    expect(d.end - d.start).toBeCloseTo(365 * DAY, -1);
  });

  it('is 1 without maxSpanMs or when it is wider than the extent, and never above maxZoomOf', () => {
    expect(minZoomOf(g)).toBe(1);
    expect(minZoomOf({ ...g, maxSpanMs: span * 2 })).toBe(1);
    expect(minZoomOf({ ...g, maxSpanMs: DAY })).toBe(maxZoomOf(g));
  });
});

describe('zoomAndPan', () => {
  it('a wheel step keeps the instant under the pointer where it is', () => {
    const t0 = { k: 4, x: -1500 };
    const t1 = zoomAndPan(t0, g, 1.5, 250, 250);
    expect(t1.k).toBeCloseTo(6, 9);
    expect(timeAt(t1, 250)).toBeCloseTo(timeAt(t0, 250), -1);
  });

  it('at the zoom limit the scale stops but the pointer still holds its instant', () => {
    const max = maxZoomOf(g);
    const t0 = { k: max / 1.2, x: -(max / 1.2) * 500 + 300 };
    const t1 = zoomAndPan(t0, g, 2, 300, 300);
    expect(t1.k).toBe(max);
    expect(timeAt(t1, 300)).toBeCloseTo(timeAt(t0, 300), -1);
    expect(zoomAndPan(IDENTITY_TRANSFORM, g, 0.5, 300, 300)).toEqual(IDENTITY_TRANSFORM);
  });

  it('a drag moves the content with the pointer, and stops at the ends of the extent', () => {
    const t0 = { k: 3, x: -1000 };
    expect(zoomAndPan(t0, g, 1, 500, 620)).toEqual({ k: 3, x: -880 });
    expect(zoomAndPan(t0, g, 1, 500, 2500)).toEqual({ k: 3, x: 0 });
    expect(zoomAndPan(t0, g, 1, 500, -5000)).toEqual({ k: 3, x: -2000 });
  });

  it('a pinch keeps the instant under the fingers’ midpoint and scales by their spread', () => {
    const t0 = { k: 2, x: -600 };
    // Fingers at 400 and 600 move to 300 and 700 (twice as far apart), midpoint 500 → 500.
    const t1 = zoomAndPan(t0, g, 400 / 200, 500, 500);
    expect(t1.k).toBe(4);
    expect(timeAt(t1, 500)).toBeCloseTo(timeAt(t0, 500), -1);
    // The midpoint moves right by 50: the instant follows it.
    const t2 = zoomAndPan(t0, g, 1.5, 500, 550);
    expect(timeAt(t2, 550)).toBeCloseTo(timeAt(t0, 500), -1);
  });

  it('treats a factor that is not a positive finite number as no zoom', () => {
    const t0 = { k: 2, x: -600 };
    expect(zoomAndPan(t0, g, Number.NaN, 10, 10)).toEqual(t0);
    expect(zoomAndPan(t0, g, -2, 10, 10)).toEqual(t0);
  });
});

describe('wheelZoomFactor', () => {
  it('follows d3-zoom: 0.002 per pixel, 0.05 per line, 1 per page, ×10 with Ctrl', () => {
    expect(wheelZoomFactor(-500, 0, false)).toBeCloseTo(2, 12);
    expect(wheelZoomFactor(500, 0, false)).toBeCloseTo(0.5, 12);
    expect(wheelZoomFactor(-20, 1, false)).toBeCloseTo(2, 12);
    expect(wheelZoomFactor(-1, 2, false)).toBeCloseTo(2, 12);
    expect(wheelZoomFactor(-50, 0, true)).toBeCloseTo(2, 12);
    expect(wheelZoomFactor(Number.NaN, 0, false)).toBe(1);
  });
});
