import { describe, expect, it } from 'vitest';
import { eventIndicesInOrder, generateSyntheticDataset, layoutTimeline, prepareTimeline } from '@syria-timeline/core';
import { TimelineModel } from '../src/timeline-model.js';

describe('TimelineModel', () => {
  const dataset = generateSyntheticDataset({ events: 2000, seed: 5 });
  const prepared = prepareTimeline(dataset);
  const model = new TimelineModel(dataset, prepared);

  it('finds the events in view by walking the start order, the same ones as by id', () => {
    const extent = prepared.extent;
    const third = (extent.end - extent.start) / 3;
    for (const domain of [undefined, { start: extent.start + third, end: extent.start + 2 * third }]) {
      const layout = layoutTimeline(prepared, domain ? { width: 900, domain } : { width: 900 });
      const ids = layout.visibleEventIds.slice(0, 200);
      expect(ids.length).toBeGreaterThan(10);
      const found = eventIndicesInOrder(prepared, ids, layout.domain.start)!;
      expect(found.map((i) => dataset.events[i]!.id)).toEqual(ids);
      expect(found.map((i) => dataset.events[i])).toEqual(ids.map((id) => model.event(id)));
    }
  });

  it('finds an event by its start among the events starting at the same instant, and by id when the start is wrong', () => {
    // 2,000 events in a few years: many share a day, so the start alone does not tell them apart.
    const starts = new Map<number, number>();
    for (const t of prepared.starts) starts.set(t, (starts.get(t) ?? 0) + 1);
    expect(Math.max(...starts.values())).toBeGreaterThan(1);
    const fresh = new TimelineModel(dataset, prepared);
    dataset.events.forEach((e, i) => {
      expect(fresh.event(e.id, prepared.starts[i])).toBe(e);
      expect(fresh.spanOf(e.id, prepared.starts[i])).toEqual({ start: prepared.starts[i], end: prepared.ends[i]! + 1 });
    });
    const last = dataset.events.at(-1)!;
    expect(fresh.event(last.id, prepared.starts[0]! - 1)).toBe(last);
    expect(fresh.event('no-such-event', prepared.starts[0])).toBeUndefined();
  });

  it('summarizes the window with the first events in view, dated', () => {
    const layout = layoutTimeline(prepared, { width: 900 });
    const summary = model.summarize(layout, layout.domain, 5, 'en-GB', (n, range) => `Showing ${n} events, ${range}`);
    expect(summary.total).toBe(layout.visibleEventIds.length);
    expect(summary.items.map((i) => i.id)).toEqual(layout.visibleEventIds.slice(0, 5));
    for (const item of summary.items) expect(item.title).toBe(model.event(item.id)!.title);
  });

  it('lists the same texts when a window comes back, and dates them in the new locale after a change', () => {
    const layout = layoutTimeline(prepared, { width: 900 });
    const showing = (n: number, range: string) => `${n} ${range}`;
    const first = model.summarize(layout, layout.domain, 50, 'en-GB', showing).items;
    expect(model.summarize(layout, layout.domain, 50, 'en-GB', showing).items).toEqual(first);
    const russian = model.summarize(layout, layout.domain, 50, 'ru', showing).items;
    const fresh = new TimelineModel(dataset, prepared).summarize(layout, layout.domain, 50, 'ru', showing).items;
    expect(russian).toEqual(fresh);
    expect(russian).not.toEqual(first);
  });
});
