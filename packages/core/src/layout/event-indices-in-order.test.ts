import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../dataset/synthetic/generate-synthetic-dataset.js';
import { eventIndicesInOrder } from './event-indices-in-order.js';
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
