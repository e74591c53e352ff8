import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { EMPTY_EXTENT, prepareTimeline } from './prepare-timeline.js';

describe('prepareTimeline', () => {
  it('orders lanes by `order` and gives each lane its events sorted by start, an event in two lanes in both', () => {
    const prepared = prepareTimeline(smallDataset());
    expect(prepared.lanes.map((l) => l.lane.id)).toEqual(['russia', 'assad', 'opposition', 'west', 'others']);
    expect(prepared.othersLane).toBe(4);
    for (const lane of prepared.lanes) {
      for (let i = 1; i < lane.starts.length; i++) expect(lane.starts[i]).toBeGreaterThanOrEqual(lane.starts[i - 1]!);
    }
    const ids = (l: number) => [...prepared.lanes[l]!.events].map((e) => prepared.events[e]!.id);
    expect(ids(0)).toContain('lavrov-meets-assad');
    expect(ids(1)).toContain('lavrov-meets-assad');
  });

  it('spans the events and stance observations in its extent', () => {
    const prepared = prepareTimeline(smallDataset());
    // The earliest date is a stance observation (18 Aug 2011); the latest event is Geneva (22 Jan 2014), up to its last instant.
    expect(prepared.extent).toEqual({ start: Date.UTC(2011, 7, 18), end: Date.UTC(2014, 0, 23) });
  });

  it('notes the event types that occur, and only those (a legend lists them)', () => {
    const small = smallDataset();
    // Runs of one type and a type that comes back after others: each counted once.
    const types = ['meeting', 'meeting', 'veto', 'meeting', 'call'] as const;
    const dataset = { ...small, events: small.events.slice(0, types.length).map((e, i) => ({ ...e, type: types[i]! })) };
    expect(prepareTimeline(dataset).eventTypes).toEqual(new Set(['meeting', 'veto', 'call']));
    expect(prepareTimeline({ ...small, events: [] }).eventTypes).toEqual(new Set());
    const synthetic = generateSyntheticDataset({ events: 5_000, seed: 3 });
    expect(prepareTimeline(synthetic).eventTypes).toEqual(new Set(synthetic.events.map((e) => e.type)));
  });

  it('falls back to 2011–2016 for a dataset with no dates', () => {
    expect(prepareTimeline({ ...smallDataset(), events: [], stances: [] }).extent).toEqual(EMPTY_EXTENT);
  });

  it('records each tie pair once, from an actor\u2019s lane to another lane', () => {
    const prepared = prepareTimeline(smallDataset());
    const i = prepared.events.findIndex((e) => e.id === 'geneva');
    const pairs = [];
    for (let t = prepared.tieOffsets[i]!; t < prepared.tieOffsets[i + 1]!; t++) pairs.push([prepared.tieFrom[t], prepared.tieTo[t]]);
    // Actor russia (0) → snc (2) and syria (1); the UN actor has no lane.
    expect(pairs).toEqual([[0, 2], [0, 1]]);
  });

  it('sorts a large synthetic dataset exactly like a comparator sort by start, ties in dataset order', () => {
    const prepared = prepareTimeline(generateSyntheticDataset({ events: 5000, seed: 3 }));
    const expected = [...prepared.order].sort((a, b) => prepared.starts[a]! - prepared.starts[b]! || a - b);
    expect([...prepared.order]).toEqual(expected);
    const counts = prepared.lanes.reduce((sum, l) => sum + l.events.length, 0);
    expect(counts).toBe(prepared.eventLanes.length);
  });
});
