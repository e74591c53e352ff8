import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/** The collections of a dataset whose items have ids. */
export const COLLECTIONS = ['lanes', 'actors', 'issues', 'sources', 'events', 'stances', 'relations'] as const;

/** Rule 1: ids are unique within each collection. Each repeat is reported at its own path. */
export function checkIds(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const name of COLLECTIONS) {
    const items = collection(input, name);
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item) || typeof item.id !== 'string') continue;
      // One hash operation per id (add, then see whether the set grew); the first use of a repeated
      // id is looked for only when there is a repeat, which valid data never has.
      const size = seen.size;
      if (seen.add(item.id).size > size) continue;
      issues.push({ path: `${name}[${i}].id`, value: item.id, expected: `an id not already used (by ${name}[${firstUse(items, item.id)}])` });
    }
  }
  return issues;
}

function firstUse(items: readonly unknown[], id: string): number {
  return items.findIndex((item) => isRecord(item) && item.id === id);
}
