/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NONE: readonly unknown[] = Object.freeze([]);

/**
 * `value` if it is an array, else an empty one. The rule checks run even when the structure is
 * broken (so every problem is listed at once), hence they read `unknown` defensively: a non-array
 * gives nothing, and they skip non-object items (the schema reports them).
 *
 * The checks loop over these by index and build a path (`events[3].when`) only when they report
 * an issue: at 100,000 events, building every path up front cost more than the checks themselves.
 */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NONE;
}

/** The items of one top-level collection of the dataset (`'events'`), or none. */
export function collection(input: unknown, name: string): readonly unknown[] {
  return isRecord(input) ? listOf(input[name]) : NONE;
}

/** The string ids of one collection (items without a string id are left out). */
export function idsOf(input: unknown, name: string): Set<string> {
  const ids = new Set<string>();
  for (const item of collection(input, name)) if (isRecord(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}
