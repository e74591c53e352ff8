import type { Dataset, Id, TimelineEvent } from '../model/index.js';

/** The event with this id, or `undefined`. Linear; for repeated look-ups build a Map once instead. */
export function findEvent(dataset: Pick<Dataset, 'events'>, id: Id): TimelineEvent | undefined {
  return dataset.events.find((event) => event.id === id);
}
