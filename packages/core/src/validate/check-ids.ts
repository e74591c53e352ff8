import type { DatasetIssue } from './dataset-error.js';
import { collection } from './located-records.js';

/** The collections of a dataset whose items have ids. */
export const COLLECTIONS = ['lanes', 'actors', 'issues', 'sources', 'events', 'stances'] as const;

/** Rule 1: ids are unique within each collection. Each repeat is reported at its own path. */
export function checkIds(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const name of COLLECTIONS) {
    const firstPath = new Map<string, string>();
    for (const { path, item } of collection(input, name)) {
      if (typeof item.id !== 'string') continue;
      const first = firstPath.get(item.id);
      if (first === undefined) firstPath.set(item.id, path);
      else issues.push({ path: `${path}.id`, value: item.id, expected: `an id not already used (by ${first})` });
    }
  }
  return issues;
}
