import { whenSpan } from '../dates/index.js';
import type { Dataset, Id, TimelineEvent } from '../model/index.js';
import { laneOfActor } from './lane-of-actor.js';
import { lanesOfEvent } from './lanes-of-event.js';

/**
 * The events drawn in each lane, sorted by start (then end, then dataset order). An event with
 * participants in two lanes is in both. Every lane of the dataset has an entry, possibly empty.
 * @throws EdtfError when a date is not of the profile (validate the dataset first).
 */
export function eventsByLane(dataset: Pick<Dataset, 'lanes' | 'actors' | 'events'>): Map<Id, TimelineEvent[]> {
  const lanes = laneOfActor(dataset);
  const byLane = new Map<Id, TimelineEvent[]>(dataset.lanes.map((lane) => [lane.id, []]));
  const spans = new Map<TimelineEvent, { start: number; end: number; order: number }>();
  dataset.events.forEach((event, order) => {
    const { start, end } = whenSpan(event.when);
    spans.set(event, { start, end, order });
    for (const lane of lanesOfEvent(event, lanes)) byLane.get(lane)?.push(event);
  });
  for (const events of byLane.values()) {
    events.sort((a, b) => {
      const x = spans.get(a)!;
      const y = spans.get(b)!;
      return x.start - y.start || x.end - y.end || x.order - y.order;
    });
  }
  return byLane;
}
