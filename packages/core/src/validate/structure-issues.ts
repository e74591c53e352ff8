import type { BaseIssue } from 'valibot';
import type { DatasetIssue } from './dataset-error.js';

/** The parts of a valibot schema object this module reads (valibot schemas are plain objects). */
interface SchemaShape {
  type: string;
  expects: string;
  entries?: Readonly<Record<string, SchemaShape>>;
  item?: SchemaShape;
  items?: readonly SchemaShape[];
  rest?: SchemaShape;
  wrapped?: SchemaShape;
  pipe?: readonly { kind: string; type: string; message?: unknown }[];
}

/**
 * Turns valibot issues into dataset issues: a JavaScript path (`events[3].when.start`), the value
 * found, and what was expected in words. Unknown fields list the known ones, since most are typos.
 */
export function structureIssues(issues: readonly BaseIssue<unknown>[], schema: unknown): DatasetIssue[] {
  return issues.map((issue) => toDatasetIssue(issue, schema as SchemaShape));
}

function toDatasetIssue(issue: BaseIssue<unknown>, root: SchemaShape): DatasetIssue {
  const items = issue.path ?? [];
  const last = items[items.length - 1];
  const keys = items.map((item) => item.key);

  if (last && last.origin === 'key' && issue.expected === 'never') {
    const known = Object.keys(entriesAt(root, keys.slice(0, -1)) ?? {});
    return {
      path: formatPath(keys),
      value: last.value,
      expected: `no field ${JSON.stringify(last.key)} here (a typo?); the known fields are ${known.join(', ')}`,
    };
  }
  if (last && last.origin === 'key' && issue.input === undefined) {
    const field = schemaAt(root, keys);
    return { path: formatPath(keys), value: undefined, expected: `a required field: ${field ? describe(field) : issue.expected}` };
  }
  // An empty list where at least one item is required (the evidence tuples) reads better at the list.
  if (last && last.type === 'array' && Array.isArray(last.input) && last.input.length === 0) {
    return { path: formatPath(keys.slice(0, -1)), value: last.input, expected: 'a list with at least one item' };
  }
  return {
    path: formatPath(keys),
    value: issue.input,
    expected: issue.kind === 'schema' ? humanise(issue.expected ?? 'a valid value') : issue.message,
  };
}

/** `['events', 3, 'when', 'start']` → `events[3].when.start`; no keys → `''` (the dataset itself). */
export function formatPath(keys: readonly unknown[]): string {
  return keys.reduce<string>((path, key) =>
    typeof key === 'number' ? `${path}[${key}]` : path === '' ? String(key) : `${path}.${String(key)}`, '');
}

function unwrap(schema: SchemaShape | undefined): SchemaShape | undefined {
  let s = schema;
  while (s?.wrapped) s = s.wrapped;
  return s;
}

/** The schema that applies at `keys`, walking objects, arrays, tuples and optional wrappers. */
function schemaAt(root: SchemaShape, keys: readonly unknown[]): SchemaShape | undefined {
  let s: SchemaShape | undefined = unwrap(root);
  for (const key of keys) {
    if (!s) return undefined;
    if (typeof key === 'number') s = s.item ?? s.items?.[key] ?? s.rest;
    else s = s.entries?.[String(key)];
    s = unwrap(s);
  }
  return s;
}

function entriesAt(root: SchemaShape, keys: readonly unknown[]) {
  return schemaAt(root, keys)?.entries;
}

/** A schema in words: the message of its first validation (regex, minLength…) or its type. */
function describe(schema: SchemaShape): string {
  const action = schema.pipe?.find((a) => a.kind === 'validation' && typeof a.message === 'string');
  return typeof action?.message === 'string' ? action.message : humanise(schema.expects);
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string', number: 'a number', boolean: 'true or false', Array: 'a list (JSON array)', Object: 'an object',
};

/** valibot's `expected` (`string`, `Object`, `("a" | "b")`) in words. */
function humanise(expected: string): string {
  const word = TYPE_WORDS[expected];
  if (word) return word;
  const union = /^\((.*)\)$/.exec(expected);
  if (union) return `one of ${union[1]!.split(' | ').join(', ')}`;
  return expected;
}

