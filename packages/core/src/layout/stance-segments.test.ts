import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { layoutTimeline } from './layout-timeline.js';
import { prepareTimeline } from './prepare-timeline.js';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
/** The small dataset, its one source dated `dateline` (how long it can speak for its stances). */
function withDateline(dateline: string) {
  const d = smallDataset();
  d.sources[0]!.dateline = { start: dateline, basis: 'stated' };
  return prepareTimeline(d);
}

describe('layoutTimeline stances', () => {
  it('draws the observed stretch solid, from the first observation of a period to its last', () => {
    const layout = layoutTimeline(withDateline('2012-02-10'), { width: 1000 });
    const x = (t: number) => ((t - layout.domain.start) / (layout.domain.end - layout.domain.start)) * 1000;
    const russia = layout.stances.filter((s) => s.laneId === 'russia');
    // The source is dated before the last observation: nothing is carried past it.
    expect(russia.map((s) => [s.position, s.carried])).toEqual([['opposes', false]]);
    expect(russia[0]!.x).toBeCloseTo(x(utc(2012, 2, 4)), 6);
    expect(russia[0]!.x2).toBeCloseTo(x(utc(2012, 6, 30)), 6);
    expect(russia[0]!.stanceIds).toEqual(['s-ru-1', 's-ru-2']);
    expect(russia[0]!.label).toBe('Russia opposes: Assad should step down, from 4 Feb 2012');
  });

  it('carries a position forward, marked as such, to the next observation or to its source\'s date, not to the data\'s end', () => {
    const layout = layoutTimeline(withDateline('2014-01-01'), { width: 1000 });
    const x = (t: number) => ((t - layout.domain.start) / (layout.domain.end - layout.domain.start)) * 1000;
    const russia = layout.stances.filter((s) => s.laneId === 'russia');
    expect(russia.map((s) => [s.position, s.carried])).toEqual([['opposes', false], ['opposes', true], ['neutral', true]]);
    expect(russia[1]!.x).toBeCloseTo(x(utc(2012, 6, 30)), 6);
    expect(russia[1]!.x2).toBeCloseTo(x(utc(2013, 9, 14)), 6);
    expect(russia[2]!.x2).toBeCloseTo(x(utc(2014, 1, 2)), 3);
    expect(russia[2]!.x2).toBeLessThan(x(layout.extent.end) - 1);
  });

  it('gives each observation a point, named with its date and basis, and marks each change of position', () => {
    const layout = layoutTimeline(withDateline('2012-02-10'), { width: 1000 });
    const x = (t: number) => ((t - layout.domain.start) / (layout.domain.end - layout.domain.start)) * 1000;
    const points = layout.stanceObservations.filter((o) => o.laneId === 'russia');
    expect(points.map((o) => o.stanceId)).toEqual(['s-ru-1', 's-ru-2', 's-ru-3']);
    expect(points[2]!.x).toBeCloseTo(x(utc(2013, 9, 14)), 6);
    expect(points[2]!.label).toBe('Russia neutral: Assad should step down, 14 Sept 2013 (reported)');
    const changes = layout.stanceChanges.filter((c) => c.laneId === 'russia');
    expect(changes.map((c) => [c.from, c.to])).toEqual([[null, 'opposes'], ['opposes', 'neutral']]);
    expect(changes[1]!.x).toBeCloseTo(x(utc(2013, 9, 14)), 6);
  });

  it('clips segments and points to the window and shows another issue, or none', () => {
    const prepared = withDateline('2014-01-01');
    const window = { start: utc(2012, 3, 1), end: utc(2012, 9, 1) };
    const layout = layoutTimeline(prepared, { width: 600, domain: window });
    expect(layout.stances.length).toBeGreaterThan(0);
    for (const s of layout.stances) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x2).toBeLessThanOrEqual(600 + 1e-9);
    }
    expect(layout.stanceObservations.every((o) => o.x >= 0 && o.x <= 600)).toBe(true);
    expect(layout.stanceChanges.every((c) => c.x >= 0 && c.x <= 600)).toBe(true);
    const talks = layoutTimeline(prepared, { width: 600, issue: 'talks' });
    expect(talks.stances.map((s) => [s.laneId, s.condition])).toContainEqual(['opposition', 'until Assad steps down']);
    const none = layoutTimeline(prepared, { width: 600, issue: null });
    expect([none.stances, none.stanceObservations]).toEqual([[], []]);
  });
});
