import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/** Rule 1: `partOf` has no cycles (lavrov → russia-mfa → russia, never back). Each cycle is reported once. */
export function checkPartOfCycles(input: unknown): DatasetIssue[] {
  const actors = collection(input, 'actors');
  const parent = new Map<string, string>();
  const pathOf = new Map<string, string>();
  for (let i = 0; i < actors.length; i++) {
    const item = actors[i];
    if (!isRecord(item) || typeof item.id !== 'string' || pathOf.has(item.id)) continue; // duplicates are checkIds' business
    pathOf.set(item.id, `actors[${i}]`); // actors are few
    if (typeof item.partOf === 'string') parent.set(item.id, item.partOf);
  }
  const issues: DatasetIssue[] = [];
  const done = new Set<string>();
  for (const start of pathOf.keys()) {
    const chain: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id) && !chain.includes(id)) {
      chain.push(id);
      id = parent.get(id);
    }
    if (id !== undefined && chain.includes(id)) {
      const cycle = chain.slice(chain.indexOf(id));
      issues.push({
        path: `${pathOf.get(id)}.partOf`,
        value: parent.get(id),
        expected: `an actor that is not inside ${JSON.stringify(id)} (partOf makes a cycle: ${[...cycle, id].join(' → ')})`,
      });
    }
    chain.forEach((c) => done.add(c));
  }
  return issues;
}
