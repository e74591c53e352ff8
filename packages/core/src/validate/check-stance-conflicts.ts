import type { IssueSink } from './issue-sink.js';
import { isRecord } from './located-records.js';
import { datasetRule, type DatasetRule } from './dataset-rule.js';

/**
 * Rule 5: two observations of the same actor and issue on the same `when.start` must not disagree
 * on the position; the later one in the list is reported, naming the earlier.
 */
export function checkStanceConflicts(issues: IssueSink): DatasetRule {
  const first = new Map<string, { index: number; position: unknown }>();
  return datasetRule({
    stances(item, i) {
      const start = isRecord(item.when) ? item.when.start : undefined;
      if (typeof item.actor !== 'string' || typeof item.issue !== 'string' || typeof start !== 'string') return;
      // Ids are slugs (the schema says so), so NUL cannot occur in them: the key is unambiguous.
      const key = `${item.actor}\u0000${item.issue}\u0000${start}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, { index: i, position: item.position });
      else if (earlier.position !== item.position) {
        issues.push({
          path: `stances[${i}].position`,
          value: item.position,
          expected: `${JSON.stringify(earlier.position)}, as in stances[${earlier.index}] (same actor ${JSON.stringify(item.actor)}, ` +
            `issue ${JSON.stringify(item.issue)} and date ${start}); two observations on one date cannot disagree`,
        });
      }
    },
  });
}
