import { EVENT_TYPES, type EventType, type PreparedTimeline } from '@syria-timeline/core';

/**
 * The event types present in a prepared timeline, in vocabulary order (for the legend). core's
 * preparation notes them as it reads the events (`PreparedTimeline.eventTypes`): reading each
 * event's type again here was a walk of its own over every event object (tens of ms at 100,000
 * events, whenever a type of the vocabulary is missing).
 */
export function eventTypesOf(prepared: PreparedTimeline): readonly EventType[] {
  return EVENT_TYPES.filter((t) => prepared.eventTypes.has(t));
}
