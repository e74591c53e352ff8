import type { DatasetIssue } from './dataset-error.js';

/** The `expected` of the issue for input whose reading threw (tests look for it). */
export const UNREADABLE_EXPECTED =
  'a dataset of plain data that can be read (reading it threw this error: a getter, a Proxy or a value that cannot be read)';

/**
 * The one issue of input that threw while it was read: a throwing getter, a Proxy or a revoked
 * one. Data parsed from JSON never throws; an object built by a program may.
 */
export function unreadableIssue(error: unknown): DatasetIssue {
  let said: string;
  try {
    said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    said = 'an exception that cannot be shown';
  }
  return { path: '', value: said, expected: UNREADABLE_EXPECTED };
}
