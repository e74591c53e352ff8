import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { eventIndexAt, eventIndicesInOrder } from './event-indices-in-order.js';
import { prepareTimeline } from './prepare-timeline.js';

describe('eventIndicesInOrder', () => {
  const prepared = prepareTimeline(generateSyntheticDataset({ events: 2000, seed: 5 }));

  it('gives up (null) when an id is not in the order from there, so the caller looks it up by id', () => {
    expect(eventIndicesInOrder(prepared, ['no-such-event'], prepared.extent.start)).toBeNull();
    const late = prepared.orderIds[prepared.orderIds.length - 1]!;
    const early = prepared.orderIds[0]!;
    // Out of start order: the walk cannot go back.
    expect(eventIndicesInOrder(prepared, [late, early], prepared.extent.start)).toBeNull();
  });
});

describe('eventIndexAt', () => {
  const prepared = prepareTimeline(generateSyntheticDataset({ events: 2000, seed: 5 }));

  it('finds every event by its id and start, also where several events start at the same instant', () => {
    let shared = 0;
    for (let i = 0; i < prepared.events.length; i++) {
      const start = prepared.starts[i]!;
      if (prepared.starts.filter((s) => s === start).length > 1) shared++;
      expect(eventIndexAt(prepared, prepared.events[i]!.id, start)).toBe(i);
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('finds nothing at another start, or for an unknown id', () => {
    const id = prepared.events[0]!.id;
    expect(eventIndexAt(prepared, id, prepared.starts[0]! + 1)).toBeUndefined();
    expect(eventIndexAt(prepared, 'no-such-event', prepared.starts[0]!)).toBeUndefined();
  });
});
