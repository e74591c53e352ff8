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

/** Thrown by `parseDataset`; lists every problem found, not only the first. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid dataset (${count}):\n${issues.map((issue) => `  ${formatDatasetIssue(issue)}`).join('\n')}`);
    this.issues = issues;
  }
}

/**
 * One line for people: `events[3].when.start: got "2013-02-30", expected a day from 01 to 28 …`.
 */
export function formatDatasetIssue(issue: DatasetIssue): string {
  const got = issue.value === undefined ? 'nothing (the field is missing)' : `got ${showValue(issue.value)}`;
  return `${issue.path === '' ? '(the dataset)' : issue.path}: ${got}, expected ${issue.expected}`;
}

const MAX_SHOWN = 80;

function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'
      ? String(value)
      : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value); // cyclic objects
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
