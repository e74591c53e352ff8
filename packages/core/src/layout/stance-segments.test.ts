import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { layoutTimeline } from './layout-timeline.js';
import { prepareTimeline } from './prepare-timeline.js';
import { STALE_FRESHNESS, STANCE_FADE_MS, stanceFreshness } from './stance-segments.js';

const prepared = prepareTimeline(smallDataset());
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('stanceFreshness', () => {
  it('is 1 at the last evidence and falls to 0.25 over twelve months, then stays there', () => {
    expect(stanceFreshness(0)).toBe(1);
    expect(stanceFreshness(STANCE_FADE_MS / 2)).toBeCloseTo(0.625, 9);
    expect(stanceFreshness(STANCE_FADE_MS)).toBe(STALE_FRESHNESS);
    expect(stanceFreshness(10 * STANCE_FADE_MS)).toBe(STALE_FRESHNESS);
  });
});

describe('layoutTimeline stances', () => {
  it('draws the first issue by default, per lane, as segments whose freshness never rises within a period', () => {
    const layout = layoutTimeline(prepared, { width: 1000 });
    const russia = layout.stances.filter((s) => s.laneId === 'russia');
    expect(russia.map((s) => s.position)).toContain('opposes');
    expect(russia.map((s) => s.position)).toContain('neutral');
    const opposes = russia.filter((s) => s.position === 'opposes');
    expect(opposes[0]!.freshness).toBe(1);
    for (let i = 1; i < opposes.length; i++) {
      expect(opposes[i]!.freshness).toBeLessThanOrEqual(opposes[i - 1]!.freshness);
      expect(opposes[i]!.x).toBeCloseTo(opposes[i - 1]!.x2, 6);
    }
    expect(opposes[0]!.stanceIds).toEqual(['s-ru-1', 's-ru-2']);
    expect(opposes[0]!.label).toBe('Russia opposes: Assad should step down, from 4 Feb 2012');
  });

  it('ends a period where the next differing observation starts, and marks the change', () => {
    const layout = layoutTimeline(prepared, { width: 1000 });
    const x = (t: number) => ((t - layout.domain.start) / (layout.domain.end - layout.domain.start)) * 1000;
    const opposes = layout.stances.filter((s) => s.laneId === 'russia' && s.position === 'opposes');
    expect(opposes[opposes.length - 1]!.x2).toBeCloseTo(x(utc(2013, 9, 14)), 6);
    const changes = layout.stanceChanges.filter((c) => c.laneId === 'russia');
    expect(changes.map((c) => [c.from, c.to])).toEqual([[null, 'opposes'], ['opposes', 'neutral']]);
    expect(changes[1]!.x).toBeCloseTo(x(utc(2013, 9, 14)), 6);
  });

  it('clips segments to the window and shows another issue, or none', () => {
    const window = { start: utc(2012, 3, 1), end: utc(2012, 9, 1) };
    const layout = layoutTimeline(prepared, { width: 600, domain: window });
    for (const s of layout.stances) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x2).toBeLessThanOrEqual(600 + 1e-9);
    }
    expect(layout.stanceChanges.every((c) => c.x >= 0 && c.x <= 600)).toBe(true);
    const talks = layoutTimeline(prepared, { width: 600, issue: 'talks' });
    expect(talks.stances.map((s) => [s.laneId, s.condition])).toContainEqual(['opposition', 'until Assad steps down']);
    expect(layoutTimeline(prepared, { width: 600, issue: null }).stances).toEqual([]);
  });
});
