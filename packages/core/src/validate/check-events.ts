import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/** Rule 4: an event has at least one participant with role 'actor' (someone did it). */
export function checkEvents(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
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
  return issues;
}

function hasActor(participants: readonly unknown[]): boolean {
  for (const p of participants) if (isRecord(p) && p.role === 'actor') return true;
  return false;
}
