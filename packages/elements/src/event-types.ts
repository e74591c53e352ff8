import type { Dataset, EventType } from '@syria-timeline/core';

/** Every event type, in vocabulary order (the legend's order). */
export const ALL_TYPES: readonly EventType[] = [
  'statement', 'appeal', 'demand', 'offer', 'meeting', 'call', 'agreement', 'support',
  'criticism', 'accusation', 'rejection', 'veto', 'sanction', 'violence', 'other',
];

/** Events read between two yields of `eventTypesSteps`. */
const EVENTS_PER_STEP = 50_000;

const found = new WeakMap<Dataset, readonly EventType[]>();

/**
 * The event types present in `dataset`, in vocabulary order, as steps that yield the events read
 * so far (for data drawn after a sliced check, see `runInSlices`); kept per dataset, so that
 * `eventTypesOf` then answers at once. Stops reading once every type has been seen.
 */
export function* eventTypesSteps(dataset: Dataset): Generator<number, readonly EventType[]> {
  let types = found.get(dataset);
  if (types) return types;
  const present = new Set<EventType>();
  const { events } = dataset;
  let last: EventType | undefined;
  for (let i = 0; i < events.length && present.size < ALL_TYPES.length; i++) {
    // A set operation only when the type changes (runs of one type are common).
    const type = events[i]!.type;
    if (type !== last) present.add((last = type));
    if ((i + 1) % EVENTS_PER_STEP === 0) yield i + 1;
  }
  types = ALL_TYPES.filter((t) => present.has(t));
  found.set(dataset, types);
  return types;
}

/** The event types present in `dataset`, in vocabulary order (for the legend). */
export function eventTypesOf(dataset: Dataset): readonly EventType[] {
  const steps = eventTypesSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
