import type { IssueSink } from './issue-sink.js';
import { collection, isRecord } from './located-records.js';

/**
 * Rule 5: two observations of the same actor and issue on the same `when.start` must not disagree
 * on the position; the later one in the list is reported, naming the earlier.
 */
export function checkStanceConflicts(input: unknown, issues: IssueSink): void {
  const first = new Map<string, { path: string; position: unknown }>();
  const stances = collection(input, 'stances');
  for (let i = 0; i < stances.length; i++) {
    const item = stances[i];
    if (!isRecord(item)) continue;
    const path = `stances[${i}]`;
    const start = isRecord(item.when) ? item.when.start : undefined;
    if (typeof item.actor !== 'string' || typeof item.issue !== 'string' || typeof start !== 'string') continue;
    // Ids are slugs (the schema says so), so NUL cannot occur in them: the key is unambiguous.
    const key = `${item.actor}\u0000${item.issue}\u0000${start}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, { path, position: item.position });
    else if (earlier.position !== item.position) {
      issues.push({
        path: `${path}.position`,
        value: item.position,
        expected: `${JSON.stringify(earlier.position)}, as in ${earlier.path} (same actor ${JSON.stringify(item.actor)}, ` +
          `issue ${JSON.stringify(item.issue)} and date ${start}); two observations on one date cannot disagree`,
      });
    }
  }
}
