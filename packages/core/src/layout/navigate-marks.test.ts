import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { layoutTimeline } from './layout-timeline.js';
import { navigateMarks } from './navigate-marks.js';
import { prepareTimeline } from './prepare-timeline.js';

const prepared = prepareTimeline(smallDataset());
// Zoomed out so that Russia's crowded week is a cluster: navigation must reach clusters too.
const layout = layoutTimeline(prepared, { width: 400 });
const inLane = (lane: string) =>
  [...layout.marks, ...layout.clusters].filter((m) => m.laneId === lane).sort((a, b) => a.x - b.x || a.row - b.row);

describe('navigateMarks', () => {
  it('starts at the first mark of the first lane that has marks', () => {
    expect(navigateMarks(layout, null, 'right')).toBe(inLane('russia')[0]!.key);
    expect(navigateMarks(layout, 'unknown-key', 'down')).toBe(inLane('russia')[0]!.key);
  });

  it('walks a lane left to right by x across rows and clusters, and stays at the ends', () => {
    const russia = inLane('russia');
    expect(russia.some((m) => 'count' in m)).toBe(true);
    let key: string | null = russia[0]!.key;
    const seen: (string | null)[] = [key];
    for (let i = 1; i < russia.length; i++) seen.push((key = navigateMarks(layout, key, 'right')));
    expect(seen).toEqual(russia.map((m) => m.key));
    expect(navigateMarks(layout, key, 'right')).toBe(key);
    expect(navigateMarks(layout, key, 'left')).toBe(russia[russia.length - 2]!.key);
    expect(navigateMarks(layout, russia[0]!.key, 'left')).toBe(russia[0]!.key);
  });

  it('jumps to the first and last mark of the lane with home and end', () => {
    const west = inLane('west');
    expect(navigateMarks(layout, west[west.length - 1]!.key, 'home')).toBe(west[0]!.key);
    expect(navigateMarks(layout, west[0]!.key, 'end')).toBe(west[west.length - 1]!.key);
  });

  it('moves up and down to the nearest mark by x in the neighbouring lane', () => {
    const from = layout.marks.find((m) => m.eventId === 'lavrov-meets-assad' && m.laneId === 'russia')!;
    const down = navigateMarks(layout, from.key, 'down')!;
    const assad = inLane('assad');
    const nearest = assad.reduce((a, b) => (Math.abs(b.x - from.x) < Math.abs(a.x - from.x) ? b : a));
    expect(down).toBe(nearest.key);
    expect(navigateMarks(layout, from.key, 'up')).toBe(from.key);
  });

  it('skips lanes with no marks when moving up or down', () => {
    const sparse = layoutTimeline(prepared, { width: 800, domain: { start: Date.UTC(2014, 0, 1), end: Date.UTC(2014, 1, 1) } });
    const lanes = [...new Set([...sparse.marks, ...sparse.clusters].map((m) => m.laneId))];
    expect(lanes).not.toContain('west');
    const opposition = sparse.marks.find((m) => m.laneId === 'opposition')!;
    expect(navigateMarks(sparse, opposition.key, 'down')).toBe(opposition.key);
  });

  it('gives null when there is nothing to focus', () => {
    const empty = layoutTimeline(prepared, { width: 800, lanes: [] });
    expect(navigateMarks(empty, null, 'home')).toBeNull();
  });
});
