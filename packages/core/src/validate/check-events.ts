import type { IssueSink } from './issue-sink.js';
import { isRecord } from './located-records.js';
import { datasetRule, type DatasetRule } from './dataset-rule.js';

/** Rule 4: an event has at least one participant with role 'actor' (someone did it). */
export function checkEvents(issues: IssueSink): DatasetRule {
  return datasetRule({
    events(item, i) {
      const participants = item.participants;
      if (!Array.isArray(participants) || hasActor(participants)) return; // not a list: the schema reports it
      issues.push({ path: `events[${i}].participants`, value: participants, expected: "at least one participant with role 'actor'" });
    },
  });
}

function hasActor(participants: readonly unknown[]): boolean {
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i];
    if (isRecord(p) && p.role === 'actor') return true;
  }
  return false;
}
