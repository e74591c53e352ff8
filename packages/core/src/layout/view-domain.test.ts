import { describe, expect, it } from 'vitest';
import { clampDomain, MIN_VIEW_SPAN_MS, panDomain, paddedExtent, zoomDomain } from './view-domain.js';

const DAY = 86_400_000;
const extent = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2016, 0, 1) };
const span = extent.end - extent.start;

describe('view domain helpers', () => {
  it('pads the extent by 5% on each side, and to at least the minimum span', () => {
    expect(paddedExtent(extent)).toEqual({ start: extent.start - span * 0.05, end: extent.end + span * 0.05 });
    const one = paddedExtent({ start: 0, end: DAY });
    expect(one.end - one.start).toBe(MIN_VIEW_SPAN_MS);
    expect((one.start + one.end) / 2).toBe(DAY / 2);
  });

  it('zooms in around the given centre, keeping it at the same place on screen', () => {
    const domain = { start: Date.UTC(2012, 0, 1), end: Date.UTC(2013, 0, 1) };
    const centre = Date.UTC(2012, 3, 1);
    const zoomed = zoomDomain(domain, extent, 4, centre);
    expect(zoomed.end - zoomed.start).toBeCloseTo((domain.end - domain.start) / 4, -1);
    const share = (centre - domain.start) / (domain.end - domain.start);
    expect((centre - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(share, 9);
  });

  it('never shows less than 3 days, nor more than the padded extent', () => {
    let domain = { start: Date.UTC(2013, 0, 1), end: Date.UTC(2013, 1, 1) };
    for (let i = 0; i < 20; i++) domain = zoomDomain(domain, extent, 2);
    expect(domain.end - domain.start).toBe(MIN_VIEW_SPAN_MS);
    for (let i = 0; i < 20; i++) domain = zoomDomain(domain, extent, 0.5);
    expect(domain).toEqual(paddedExtent(extent));
  });

  it('pans by a time delta and stops at the padded extent', () => {
    const domain = { start: Date.UTC(2012, 0, 1), end: Date.UTC(2012, 1, 1) };
    expect(panDomain(domain, extent, 10 * DAY)).toEqual({ start: domain.start + 10 * DAY, end: domain.end + 10 * DAY });
    const far = panDomain(domain, extent, 100 * 365 * DAY);
    expect(far.end).toBe(paddedExtent(extent).end);
    expect(far.end - far.start).toBe(domain.end - domain.start);
  });

  it('clamps a too-narrow window by growing it around its centre', () => {
    const mid = Date.UTC(2013, 5, 1);
    expect(clampDomain({ start: mid - 1000, end: mid + 1000 }, extent)).toEqual({ start: mid - MIN_VIEW_SPAN_MS / 2, end: mid + MIN_VIEW_SPAN_MS / 2 });
  });

  it('rejects a reversed domain and a non-positive factor, naming the value', () => {
    expect(() => clampDomain({ start: 10, end: 5 }, extent)).toThrow(/domain: got \{ start: 10, end: 5 \}/);
    expect(() => zoomDomain(extent, extent, 0)).toThrow(/factor: got 0/);
  });
});
