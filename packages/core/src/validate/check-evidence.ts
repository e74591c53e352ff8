import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord, listOf } from './located-records.js';
import { sourceTextOf } from './source-text-of.js';

const MAX_SHOWN = 60;

/**
 * Rule 3: offsets are consistent (`0 ≤ start < end`, `end - start === text.length`, always), and
 * when the source's text is given, `text` is exactly `sourceText.slice(start, end)`. On a
 * mismatch the message shows what the slice really is, so the author can see which side is wrong.
 */
export function checkEvidence(input: unknown, sourceTexts: Readonly<Record<string, string>> = {}): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const name of ['events', 'stances', 'relations']) {
    const items = collection(input, name);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item)) continue;
      const list = listOf(item.evidence);
      for (let j = 0; j < list.length; j++) {
        const evidence = list[j];
        if (!isRecord(evidence)) continue;
        const { start, end, text, source } = evidence;
        if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') continue;
        if (end <= start) {
          issues.push({ path: `${name}[${i}].evidence[${j}].end`, value: end, expected: `an offset greater than start (${start})` });
          continue;
        }
        if (end - start !== text.length) {
          issues.push({
            path: `${name}[${i}].evidence[${j}].end`,
            value: end,
            expected: `start + text.length = ${start + text.length} (the text is ${text.length} UTF-16 code units long)`,
          });
          continue;
        }
        const sourceText = sourceTextOf(sourceTexts, source);
        if (sourceText === undefined) continue;
        if (end > sourceText.length) {
          issues.push({ path: `${name}[${i}].evidence[${j}].end`, value: end, expected: `an offset within source ${JSON.stringify(source)} (${sourceText.length} code units long)` });
        } else if (sourceText.slice(start, end) !== text) {
          const actual = sourceText.slice(start, end);
          const shown = actual.length > MAX_SHOWN ? `${actual.slice(0, MAX_SHOWN - 1)}…` : actual;
          const found = sourceText.indexOf(text);
          issues.push({
            path: `${name}[${i}].evidence[${j}].text`,
            value: text,
            expected: `the exact slice [${start}, ${end}) of source ${JSON.stringify(source)}, which is ${JSON.stringify(shown)}` +
              (found >= 0 ? ` (the text occurs at [${found}, ${found + text.length}))` : ' (the text does not occur in the source)'),
          });
        }
      }
    }
  }
  return issues;
}
