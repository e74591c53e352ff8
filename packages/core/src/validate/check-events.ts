import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/** Rule 4: an event has at least one participant with role 'actor' (someone did it). */
export function checkEvents(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const { path, item } of collection(input, 'events')) {
    if (!Array.isArray(item.participants)) continue; // the schema reports it
    if (!item.participants.some((p: unknown) => isRecord(p) && p.role === 'actor')) {
      issues.push({
        path: `${path}.participants`,
        value: item.participants,
        expected: "at least one participant with role 'actor'",
      });
    }
  }
  return issues;
}
