import { describe, expect, it } from 'vitest';
import { smallDataset } from '../../test/layouts/small-dataset.js';
import { builtinDataset } from '../dataset/index.js';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { parseEdtf } from '../dates/index.js';
import type { Dataset } from '../model/index.js';
import { laneOfActor, lanesOfEvent } from '../query/index.js';
import { prepareTimeline, prepareTimelineSteps, type PreparedTimeline } from './prepare-timeline.js';

/** Drains `prepareTimelineSteps(dataset)`: its result and what it yielded. */
function drain(dataset: Dataset): { prepared: PreparedTimeline; yields: number[] } {
  const steps = prepareTimelineSteps(dataset);
  const yields: number[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { prepared: next.value, yields };
    yields.push(next.value);
  }
}

/**
 * A synthetic dataset whose dates are spread over `years` years from `startYear`, with some events'
 * dates rewritten to other forms of the profile (a year, a month, unspecified parts, qualifiers).
 */
function variedDataset(events: number, seed: number, years: number, startYear: number): Dataset {
  const dataset = generateSyntheticDataset({ events, seed, lanes: 6, years, startYear });
  const forms = ['2013', '2013-XX', '2013-04-XX', '2013-XX-XX', '2013~', '2013-04?', '2013-04-05%', '2012-02-29'];
  return {
    ...dataset,
    events: dataset.events.map((event, i) => (i % 7 === 3 ? { ...event, when: { start: forms[i % forms.length]!, basis: 'stated' } } : event)),
  };
}

/** What `prepareTimeline` must give, the plain way: `parseEdtf` per date, a comparator sort, `lanesOfEvent` per event. */
function expectPreparedPlainly(dataset: Dataset, prepared: PreparedTimeline): void {
  const n = dataset.events.length;
  const starts = dataset.events.map((e) => parseEdtf(e.when.start).earliest);
  const ends = dataset.events.map((e) => Math.max(parseEdtf(e.when.start).latest, e.when.end === undefined ? -Infinity : parseEdtf(e.when.end).latest));
  expect([...prepared.starts]).toEqual(starts);
  expect([...prepared.ends]).toEqual(ends);
  const order = [...Array(n).keys()].sort((a, b) => starts[a]! - starts[b]! || a - b);
  expect([...prepared.order]).toEqual(order);
  expect(prepared.orderIds).toEqual(order.map((i) => dataset.events[i]!.id));
  expect([...prepared.orderStarts]).toEqual(order.map((i) => starts[i]));
  expect([...prepared.orderMaxEnds]).toEqual(order.map((_, r) => Math.max(...order.slice(0, r + 1).map((i) => ends[i]!))));
  const actorLanes = laneOfActor(dataset);
  const lanesOf = dataset.events.map((e) => {
    const lanes = lanesOfEvent(e, actorLanes).map((id) => prepared.laneIndex.get(id)!);
    return lanes.length ? lanes : [prepared.othersLane];
  });
  expect([...prepared.eventLanes]).toEqual(lanesOf.flat());
  for (const [l, lane] of prepared.lanes.entries()) {
    const inLane = order.filter((i) => lanesOf[i]!.includes(l));
    expect([...lane.events]).toEqual(inLane);
    expect([...lane.starts]).toEqual(inLane.map((i) => starts[i]));
    expect([...lane.maxEnds]).toEqual(inLane.map((_, k) => Math.max(...inLane.slice(0, k + 1).map((i) => ends[i]!))));
  }
}

describe('prepareTimelineSteps', () => {
  it('returns what prepareTimeline returns, for the small and the built-in dataset and a large synthetic one', () => {
    for (const dataset of [smallDataset(), builtinDataset, generateSyntheticDataset({ events: 10_000, seed: 7 })]) {
      expect(drain(dataset).prepared).toEqual(prepareTimeline(dataset));
    }
  });

  it('sorts and groups as plain per-event parsing and a comparator sort do, dates of every form and far apart included', () => {
    // 5 years: start days few and dense (counted); 100 years: sparser than the events (sorted).
    for (const [years, startYear] of [[5, 2011], [100, 1900]] as const) {
      const dataset = variedDataset(1500, years, years, startYear);
      const { prepared } = drain(dataset);
      expectPreparedPlainly(dataset, prepared);
      expect(prepared).toEqual(prepareTimeline(dataset));
    }
  });

  it('yields the events processed so far every few thousand events, never going back, up to their number', () => {
    const n = 50_000;
    const { prepared, yields } = drain(generateSyntheticDataset({ events: n, seed: 11 }));
    expect(prepared.order).toHaveLength(n);
    // Four passes over the events, a yield at least every 4,096 events of each.
    expect(yields.length).toBeGreaterThanOrEqual(4 * Math.ceil(n / 4096));
    expect(yields.every((v, i) => v >= (yields[i - 1] ?? 0) && v <= n)).toBe(true);
    expect(yields.at(-1)).toBe(n);
    expect(Math.max(...yields.map((v, i) => v - (yields[i - 1] ?? 0)))).toBeLessThanOrEqual(4096);
  });

  it('yields nothing for a dataset without events, and prepares it', () => {
    const { prepared, yields } = drain({ ...smallDataset(), events: [] });
    expect(yields).toEqual([]);
    expect(prepared.order).toHaveLength(0);
  });

  it('throws the EdtfError of a date outside the profile from the step that reads it', () => {
    const dataset = smallDataset();
    const bad = { ...dataset, events: dataset.events.map((e, i) => (i === 1 ? { ...e, when: { ...e.when, start: '2013-02-30' } } : e)) };
    expect(() => drain(bad)).toThrow(/day 30 does not exist in February 2013/);
  });
});
