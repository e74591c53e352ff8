import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord } from './located-records.js';

/**
 * Rule 5: a source has a local text (`file`) or is known by its `url`; a source with neither
 * cannot be found by a reader, nor its quotes checked.
 */
export function checkSources(input: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sources = collection(input, 'sources');
  for (let i = 0; i < sources.length; i++) {
    const item = sources[i];
    if (!isRecord(item) || item.file !== undefined || item.url !== undefined) continue;
    issues.push({
      path: `sources[${i}].file`,
      value: undefined,
      expected: "the path of the source's text, or else its http(s) url (a source known only by its URL): a source needs one of the two",
    });
  }
  return issues;
}
