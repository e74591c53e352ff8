import type { IssueSink } from './issue-sink.js';
import { collection } from './located-records.js';
import { FirstUse } from './first-use.js';
import { COLLECTIONS, datasetRule, type Collection, type DatasetRule, type Item } from './dataset-rule.js';

export { COLLECTIONS };

/** Rule 1: ids are unique within each collection. Each repeat is reported at its own path. */
export function checkIds(input: unknown, issues: IssueSink): DatasetRule {
  // Per collection, id → position of its first use: a repeat names the first use without a search
  // (100,000 repeats stay linear).
  const tables: FirstUse[] = [];
  const visit = (name: Collection) => {
    const items = collection(input, name);
    const first = new FirstUse(items, items.length);
    tables.push(first);
    return (item: Item, i: number) => {
      const id = item.id;
      if (typeof id !== 'string') return;
      const earlier = first.add(id, i);
      if (earlier >= 0) issues.push({ path: `${name}[${i}].id`, value: id, expected: `an id not already used (by ${name}[${earlier}])` });
    };
  };
  return datasetRule({
    ...Object.fromEntries(COLLECTIONS.map((name) => [name, visit(name)])),
    *ready() {
      for (const table of tables) yield* table.ready();
    },
  });
}
