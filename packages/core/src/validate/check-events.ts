import type { IssueSink } from './issue-sink.js';
import { collection, isRecord } from './located-records.js';

/** Rule 4: an event has at least one participant with role 'actor' (someone did it). */
export function checkEvents(input: unknown, issues: IssueSink): void {
  const events = collection(input, 'events');
  for (let i = 0; i < events.length; i++) {
    const item = events[i];
    if (!isRecord(item) || !Array.isArray(item.participants)) continue; // the schema reports it
    if (!hasActor(item.participants)) {
      issues.push({
        path: `events[${i}].participants`,
        value: item.participants,
        expected: "at least one participant with role 'actor'",
      });
    }
  }
}

function hasActor(participants: readonly unknown[]): boolean {
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i];
    if (isRecord(p) && p.role === 'actor') return true;
  }
  return false;
}
