import type { IssueSink } from './issue-sink.js';
import { collection, isRecord } from './located-records.js';
import { FirstUse } from './first-use.js';

/** The collections of a dataset whose items have ids. */
export const COLLECTIONS = ['lanes', 'actors', 'issues', 'sources', 'events', 'stances', 'relations'] as const;

/** Rule 1: ids are unique within each collection. Each repeat is reported at its own path. */
export function checkIds(input: unknown, issues: IssueSink): void {
  for (const name of COLLECTIONS) {
    const items = collection(input, name);
    // Id → position of its first use: a repeat names the first use without a search (100,000
    // repeats stay linear).
    const first = new FirstUse(items, items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item) || typeof item.id !== 'string') continue;
      const earlier = first.add(item.id, i);
      if (earlier >= 0) issues.push({ path: `${name}[${i}].id`, value: item.id, expected: `an id not already used (by ${name}[${earlier}])` });
    }
  }
}
