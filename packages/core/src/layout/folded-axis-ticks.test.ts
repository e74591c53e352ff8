import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../builtin.js';
import { compressTimeAxis } from './compress-time-axis.js';
import { layoutTimeline } from './layout-timeline.js';
import { prepareTimeline } from './prepare-timeline.js';

const prepared = prepareTimeline(builtinDataset);
const axis = compressTimeAxis(prepared);
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('layoutTimeline on a gap-compressed axis', () => {
  const full = layoutTimeline(prepared, { width: 1000, axis });
  const x = (t: number) => ((axis.toAxis(t) - axis.toAxis(full.domain.start)) / (axis.toAxis(full.domain.end) - axis.toAxis(full.domain.start))) * 1000;

  it('labels each break with the time it folds away, in the locale', () => {
    // The edited data: the first busy period ends 5 Mar 2012, the second starts in August 2013 (the chemical attack).
    expect(full.breaks.map((b) => b.label)).toEqual(['⋯ 17 months ⋯', '⋯ 9 months ⋯', '⋯ 12 months ⋯']);
    expect(layoutTimeline(prepared, { width: 1000, axis, locale: 'fr' }).breaks[0]!.label).toMatch(/^⋯ 17\smois ⋯$/);
    for (const b of full.breaks) {
      expect(b.x).toBeCloseTo(x(b.start), 6);
      expect(b.x2).toBeCloseTo(x(b.end), 6);
    }
  });

  it('draws honest ticks: each at the true x of its date, none inside a break, the first after a break naming its year', () => {
    expect(full.ticks.length).toBeGreaterThan(5);
    for (const t of full.ticks) {
      expect(t.x).toBeCloseTo(x(t.time), 6);
      expect(full.breaks.filter((b) => t.time > b.start && t.time < b.end)).toEqual([]);
    }
    for (const b of full.breaks) {
      const after = full.ticks.find((t) => t.time >= b.end);
      if (after) {
        expect(after.major).toBe(true);
        expect(after.label).toMatch(/\d{4}/);
      }
    }
  });

  it('is linear inside a busy period: zoomed into February 2012 it lays out exactly as the linear axis', () => {
    const domain = { start: utc(2012, 2, 1), end: utc(2012, 3, 1) };
    const folded = layoutTimeline(prepared, { width: 1000, axis, domain });
    const linear = layoutTimeline(prepared, { width: 1000, domain });
    expect(folded.breaks).toEqual([]);
    expect(folded.ticks).toEqual(linear.ticks);
    expect(folded.marks.map((m) => [m.key, m.x, m.x2, m.start, m.end])).toEqual(linear.marks.map((m) => [m.key, m.x, m.x2, m.start, m.end]));
    expect(folded.clusters.map((c) => [c.key, c.start, c.end])).toEqual(linear.clusters.map((c) => [c.key, c.start, c.end]));
  });

  it('lays marks out at the folded x of their date, with their true dates', () => {
    for (const m of full.marks) {
      expect(m.x).toBeCloseTo(x(m.start), 6);
      const e = prepared.events.findIndex((ev) => ev.id === m.eventId);
      expect([m.start, m.end]).toEqual([prepared.starts[e], prepared.ends[e]]);
    }
  });
});
