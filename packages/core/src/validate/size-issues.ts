import type { DatasetIssue } from './dataset-error.js';
import { DATASET_LIMITS, formatCount } from './dataset-limits.js';
import { COLLECTIONS } from './check-ids.js';
import type { Collection } from './dataset-rule.js';
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
    if (Array.isArray(items) && !listTooLong(name, items, issues)) itemSizeIssues(name, items, 0, items.length, issues);
  }
  return issues;
}

/** Whether collection `name` has more items than its limit (said in `issues`; its items are then not walked). */
export function listTooLong(name: Collection, items: readonly unknown[], issues: DatasetIssue[]): boolean {
  const limit = DATASET_LIMITS[name];
  if (items.length <= limit) return false;
  issues.push({ path: name, value: items, expected: `a list of at most ${formatCount(limit)} ${name} (DATASET_LIMITS; this one has ${formatCount(items.length)})` });
  return true;
}

/**
 * The lists over their limit in items `from` to `to` (excluded) of collection `name`, into
 * `issues` (`sizeIssues` in slices). Paths are only spelt out for an item that has one.
 */
export function itemSizeIssues(name: Collection, items: readonly unknown[], from: number, to: number, issues: DatasetIssue[]): void {
  for (let i = from; i < to; i++) if (hasLongList(items[i], ITEM_DEPTH)) checkLists(items[i], `${name}[${i}]`, ITEM_DEPTH, issues);
}

/** How far below an item lists are looked for (lists in lists). */
const ITEM_DEPTH = 3;

/** Whether `value` holds a list over `DATASET_LIMITS.listItems`, `depth` levels down at most (as `checkLists` walks). */
function hasLongList(value: unknown, depth: number): boolean {
  if (Array.isArray(value)) {
    if (value.length > DATASET_LIMITS.listItems) return true;
    if (depth > 0) for (let i = 0; i < value.length; i++) if (hasLongList(value[i], depth - 1)) return true;
  } else if (isRecord(value) && depth > 0) {
    for (const key in value) if (hasLongList(value[key], depth - 1)) return true;
  }
  return false;
}

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
