/** A JSON object found in the input, with its path (`events[3]`). */
export interface LocatedRecord {
  path: string;
  item: Readonly<Record<string, unknown>>;
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The objects in the array `value`, each with its path. The cross-reference checks run even when
 * the structure is broken (so every problem is listed at once), hence this reads `unknown`
 * defensively: a non-array gives nothing, and non-object items are skipped (the schema reports them).
 */
export function locatedRecords(value: unknown, path: string): LocatedRecord[] {
  if (!Array.isArray(value)) return [];
  const out: LocatedRecord[] = [];
  value.forEach((item: unknown, index) => {
    if (isRecord(item)) out.push({ path: `${path}[${index}]`, item });
  });
  return out;
}

/** The objects of one top-level collection of the dataset (`'events'`), with paths. */
export function collection(input: unknown, name: string): LocatedRecord[] {
  return isRecord(input) ? locatedRecords(input[name], name) : [];
}

/** The string ids of one collection (items without a string id are left out). */
export function idsOf(input: unknown, name: string): Set<string> {
  return new Set(collection(input, name).map(({ item }) => item.id).filter((id): id is string => typeof id === 'string'));
}
