import type { DatasetIssue } from './dataset-error.js';
import { DATASET_LIMITS, formatCount } from './dataset-limits.js';
import { COLLECTIONS } from './check-ids.js';
import { isRecord } from './located-records.js';

/**
 * The lists that are over their `DATASET_LIMITS`: a collection (`events`) or a list inside one of
 * its items (`events[3].participants`). The collecting pass reports these alone and stops, since
 * the other checks would walk every slot (10,000,000 sparse events would be 10,000,000 issues, and
 * a tab out of memory). One walk over the items and their fields, no deeper than lists in lists.
 */
export function sizeIssues(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  if (!isRecord(input)) return issues;
  for (const name of COLLECTIONS) {
    const items = input[name];
    if (!Array.isArray(items)) continue;
    const limit = DATASET_LIMITS[name];
    if (items.length > limit) {
      issues.push({ path: name, value: items, expected: `a list of at most ${formatCount(limit)} ${name} (DATASET_LIMITS; this one has ${formatCount(items.length)})` });
      continue;
    }
    for (let i = 0; i < items.length; i++) checkLists(items[i], `${name}[${i}]`, 3, issues);
  }
  return issues;
}

/** Lists within `value` (fields of fields, `depth` levels down) longer than `DATASET_LIMITS.listItems`. */
function checkLists(value: unknown, path: string, depth: number, issues: DatasetIssue[]): void {
  if (Array.isArray(value)) {
    const limit = DATASET_LIMITS.listItems;
    if (value.length > limit) {
      issues.push({ path, value, expected: `a list of at most ${formatCount(limit)} items (DATASET_LIMITS; this one has ${formatCount(value.length)})` });
      return;
    }
    if (depth > 0) for (let i = 0; i < value.length; i++) checkLists(value[i], `${path}[${i}]`, depth - 1, issues);
  } else if (isRecord(value) && depth > 0) {
    for (const key in value) checkLists(value[key], `${path}.${key}`, depth - 1, issues);
  }
}
