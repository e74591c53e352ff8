import { formatCount } from './dataset-limits.js';

/**
 * One problem in a dataset.
 *
 * `path` is relative to the dataset, in JavaScript notation: `events[3].participants[0].actor`,
 * `sources[1].url`, `lanes`; the empty string is the input itself. Indices are positions in
 * the input arrays (ids may be missing or duplicated, so they cannot name items reliably).
 */
export interface DatasetIssue {
  path: string;
  /** The offending value, as found (`undefined` when a required field is missing). */
  value: unknown;
  /** What was expected instead, in words. */
  expected: string;
}

/** How many issues the message of a `DatasetError` lists (all of them are in `issues`). */
const MAX_LINES = 100;

/** Thrown by `parseDataset`; lists every problem found, not only the first. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly issues: readonly DatasetIssue[];

  /**
   * @param issues every problem, in order; the message lists the first hundred, `issues` keeps all
   * @param options `cause`: the exception behind the issues, when reading the input threw
   */
  constructor(issues: readonly DatasetIssue[], options?: { cause?: unknown }) {
    const count = issues.length === 1 ? '1 problem' : `${formatCount(issues.length)} problems`;
    const lines = issues.slice(0, MAX_LINES).map((issue) => `  ${formatDatasetIssue(issue)}`);
    if (issues.length > MAX_LINES) lines.push(`  … and ${formatCount(issues.length - MAX_LINES)} more (all of them are in error.issues)`);
    super(`Invalid dataset (${count}):\n${lines.join('\n')}`, options);
    this.issues = issues;
  }
}

/**
 * One line for people: `events[3].when.start: got "2013-02-30", expected a day from 01 to 28 …`.
 * The value is cut to a few dozen characters, however large (a 1 MB string, a list of ten million).
 */
export function formatDatasetIssue(issue: DatasetIssue): string {
  const got = issue.value === undefined ? emptyOrMissing(issue.path) : `got ${showValue(issue.value)}`;
  return `${issue.path === '' ? '(the dataset)' : issue.path}: ${got}, expected ${issue.expected}`;
}

/** A list item that is `undefined` is a hole (`[a, , b]`); anything else undefined is a missing field. */
function emptyOrMissing(path: string): string {
  return path.endsWith(']') ? 'got nothing (an empty slot in the list)' : 'nothing (the field is missing)';
}

const MAX_SHOWN = 80;
/** Nesting shown before `…`: a value nested 100,000 deep must not overflow the stack. */
const MAX_DEPTH = 8;

/**
 * The value as JSON would write it (so `"asad"`, `{}`, `[1,2]`), but cut after `MAX_SHOWN`
 * characters while writing (never the whole of a large value), with `NaN` and `Infinity` as
 * such rather than JSON's `null`, `[Circular]` for a cycle, and never an exception (a getter or
 * Proxy that throws gives a placeholder).
 */
function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'function' ? String(value).slice(0, MAX_SHOWN + 1) : write(value, 0, new Set(), { length: 0 }) ?? String(value);
  } catch {
    text = '(a value that cannot be read)';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** JSON-like text of `value`, or `undefined` where JSON writes nothing (undefined, functions, symbols in objects). */
function write(value: unknown, depth: number, ancestors: Set<object>, out: { length: number }): string | undefined {
  if (out.length > MAX_SHOWN) return '';
  let text: string | undefined;
  switch (typeof value) {
    case 'string': text = JSON.stringify(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN + 1) : value); break;
    case 'number': text = Number.isFinite(value) ? JSON.stringify(value) : String(value); break;
    case 'boolean': case 'bigint': text = String(value); break;
    case 'symbol': text = depth === 0 ? String(value) : undefined; break;
    case 'undefined': case 'function': text = undefined; break;
    default: return value === null ? count('null', out) : writeObject(value as object, depth, ancestors, out);
  }
  return text === undefined ? undefined : count(text, out);
}

/** `text`, counted towards the characters written so far (objects count their own punctuation and keys). */
function count(text: string, out: { length: number }): string {
  out.length += text.length;
  return text;
}

function writeObject(value: object, depth: number, ancestors: Set<object>, out: { length: number }): string {
  if (ancestors.has(value)) return count('[Circular]', out);
  if (value instanceof Date) return count(JSON.stringify(value), out);
  if (depth >= MAX_DEPTH) return count(Array.isArray(value) ? '[…]' : '{…}', out);
  ancestors.add(value);
  out.length += 2;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length <= MAX_SHOWN; i++) {
      parts.push(write(value[i], depth + 1, ancestors, out) ?? count('null', out));
      out.length++;
    }
  } else {
    for (const key in value) {
      if (out.length > MAX_SHOWN) break;
      if (!Object.hasOwn(value, key)) continue;
      const item = write((value as Record<string, unknown>)[key], depth + 1, ancestors, out);
      if (item === undefined) continue;
      const name = JSON.stringify(key);
      out.length += name.length + 2;
      parts.push(`${name}:${item}`);
    }
  }
  ancestors.delete(value);
  return Array.isArray(value) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
}
