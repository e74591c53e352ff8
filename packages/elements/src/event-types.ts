import type { EventType, PreparedTimeline } from '@syria-timeline/core';

/** Every event type, in vocabulary order (the legend's order). */
export const ALL_TYPES: readonly EventType[] = [
  'statement', 'appeal', 'demand', 'offer', 'meeting', 'call', 'agreement', 'support',
  'criticism', 'accusation', 'rejection', 'veto', 'sanction', 'violence', 'other',
];

/**
 * The event types present in a prepared timeline, in vocabulary order (for the legend). core's
 * preparation notes them as it reads the events (`PreparedTimeline.eventTypes`): reading each
 * event's type again here was a walk of its own over every event object (tens of ms at 100,000
 * events, whenever a type of the vocabulary is missing).
 */
export function eventTypesOf(prepared: PreparedTimeline): readonly EventType[] {
  return ALL_TYPES.filter((t) => prepared.eventTypes.has(t));
}
