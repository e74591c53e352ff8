import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/** The collections of a dataset whose items have ids. */
export const COLLECTIONS = ['lanes', 'actors', 'issues', 'sources', 'events', 'stances', 'relations'] as const;

/** Rule 1: ids are unique within each collection. Each repeat is reported at its own path. */
export function checkIds(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const name of COLLECTIONS) {
    const items = collection(input, name);
    // Id → position of its first use: one hash operation per id, and a repeat names the first
    // use without a search (100,000 repeats stay linear).
    const first = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item) || typeof item.id !== 'string') continue;
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else issues.push({ path: `${name}[${i}].id`, value: item.id, expected: `an id not already used (by ${name}[${earlier}])` });
    }
  }
  return issues;
}
