import type { IssueSink } from './issue-sink.js';
import { isRecord, listOf } from './located-records.js';
import { datasetRule, type DatasetRule, type Item } from './dataset-rule.js';
import { sourceTextOf } from './source-text-of.js';

const MAX_SHOWN = 60;

/** `events[3].evidence[0].start`, built only for an issue (see `listOf`). */
const pathOf = (name: string, i: number, j: number, field: string) => `${name}[${i}].evidence[${j}].${field}`;

/**
 * Rule 3: a source has a local text (`file`) or is known only by its `url`, and a quote has offsets
 * exactly when its source has a file: a source known only by its URL has quotes with `text` alone. Offsets come as a pair and are consistent
 * (`0 ≤ start < end`, `end - start === text.length`, always), and when the source's text is
 * given, `text` is exactly `sourceText.slice(start, end)` (a quote without offsets must occur in
 * it). On a mismatch the message shows what the slice really is, so the author can see which
 * side is wrong.
 */
export function checkEvidence(issues: IssueSink, sourceTexts?: Readonly<Record<string, string>>): DatasetRule {
  // Source id → its `file` (`undefined`: known only by its url). The first of a repeated id counts (checkIds reports it).
  // Complete before any quote is seen: the rules visit every source before events, stances and relations.
  const files = new Map<string, unknown>();
  const quotes = (item: Item, i: number, name: string) => {
    const list = listOf(item.evidence);
    for (let j = 0; j < list.length; j++) {
      const evidence = list[j];
      if (!isRecord(evidence)) continue;
      const { start, end, text, source } = evidence;
      const file = files.get(source as string);
      const known = file !== undefined || files.has(source as string);
      if (start === undefined && end === undefined) {
        if (file !== undefined) {
          issues.push({ path: pathOf(name, i, j, 'start'), value: undefined, expected: `offsets into the text of source ${JSON.stringify(source)} (its file)` });
        } else if (known && typeof text === 'string') {
          const sourceText = sourceTextOf(sourceTexts, source);
          if (sourceText !== undefined && !sourceText.includes(text)) {
            issues.push({ path: pathOf(name, i, j, 'text'), value: text, expected: `words in the text of source ${JSON.stringify(source)}` });
          }
        }
        continue;
      }
      if (start === undefined || end === undefined) {
        issues.push({ path: pathOf(name, i, j, start === undefined ? 'start' : 'end'), value: undefined, expected: 'start and end together' });
        continue;
      }
      if (known && file === undefined) {
        issues.push({ path: pathOf(name, i, j, 'start'), value: start, expected: `no offsets: source ${JSON.stringify(source)} is known only by its URL (no file)` });
        continue;
      }
      if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') continue;
      if (end <= start) {
        issues.push({ path: pathOf(name, i, j, 'end'), value: end, expected: `an offset greater than start (${start})` });
        continue;
      }
      if (end - start !== text.length) {
        issues.push({
          path: pathOf(name, i, j, 'end'),
          value: end,
          expected: `start + text.length = ${start + text.length} (the text is ${text.length} UTF-16 code units long)`,
        });
        continue;
      }
      const sourceText = sourceTextOf(sourceTexts, source);
      if (sourceText === undefined) continue;
      if (end > sourceText.length) {
        issues.push({ path: pathOf(name, i, j, 'end'), value: end, expected: `an offset within source ${JSON.stringify(source)} (${sourceText.length} code units long)` });
      } else if (sourceText.slice(start, end) !== text) {
        const actual = sourceText.slice(start, end);
        const shown = actual.length > MAX_SHOWN ? `${actual.slice(0, MAX_SHOWN - 1)}…` : actual;
        const found = sourceText.indexOf(text);
        issues.push({
          path: pathOf(name, i, j, 'text'),
          value: text,
          expected: `the exact slice [${start}, ${end}) of source ${JSON.stringify(source)}, which is ${JSON.stringify(shown)}` +
            (found >= 0 ? ` (the text occurs at [${found}, ${found + text.length}))` : ' (the text does not occur in the source)'),
        });
      }
    }
  };
  return datasetRule({
    sources(item, i) {
      if (typeof item.id === 'string' && !files.has(item.id)) files.set(item.id, item.file);
      if (item.file === undefined && item.url === undefined) {
        issues.push({ path: `sources[${i}].file`, value: undefined, expected: 'a file, or else a url (a source known only by its URL)' });
      }
    },
    events: (item, i) => quotes(item, i, 'events'),
    stances: (item, i) => quotes(item, i, 'stances'),
    relations: (item, i) => quotes(item, i, 'relations'),
  });
}
