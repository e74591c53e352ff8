import type { TimeSpan } from '../model/index.js';
import { EdtfError, parseEdtf } from '../dates/index.js';
import type { DatasetIssue } from './dataset-error.js';
import { collection, isRecord, locatedRecords } from './located-records.js';

/**
 * Rule 2: every EDTF date parses (the parser's words become `expected`), an end does not precede
 * its start, `resolved` has `phrase` and `anchor`, `inferred` has `note`. When the anchor's text
 * is given, a resolved phrase must occur in it or in the evidence (without the text, that part is
 * not checked: the phrase may come from the part of the article that was not quoted).
 */
export function checkDates(input: unknown, sourceTexts: Readonly<Record<string, string>> = {}): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const parse = (value: unknown, path: string): TimeSpan | undefined => {
    if (typeof value !== 'string') return undefined; // absent or the wrong type: the schema reports it
    try {
      return parseEdtf(value);
    } catch (error) {
      if (!(error instanceof EdtfError)) throw error;
      issues.push({ path, value, expected: error.expected });
      return undefined;
    }
  };
  const notBefore = (later: TimeSpan | undefined, earlier: TimeSpan | undefined, path: string, what: string) => {
    if (later && earlier && later.earliest < earlier.earliest) {
      issues.push({ path, value: later.edtf, expected: `a date that does not precede ${what} (${earlier.edtf})` });
    }
  };
  const checkWhen = (when: unknown, path: string, evidence: unknown): TimeSpan | undefined => {
    if (!isRecord(when)) return undefined;
    const start = parse(when.start, `${path}.start`);
    notBefore(parse(when.end, `${path}.end`), start, `${path}.end`, 'start');
    if (when.basis === 'resolved') {
      if (when.phrase === undefined) {
        issues.push({ path: `${path}.phrase`, value: undefined, expected: "the words as written ('on Tuesday'): a resolved date needs its phrase" });
      }
      if (when.anchor === undefined) {
        issues.push({ path: `${path}.anchor`, value: undefined, expected: 'the id of the source whose dateline the date was resolved from: a resolved date needs its anchor' });
      }
      checkPhraseOccurs(when, path, evidence);
    }
    if (when.basis === 'inferred' && when.note === undefined) {
      issues.push({ path: `${path}.note`, value: undefined, expected: 'a note on what outside knowledge fixed the date: an inferred date needs one' });
    }
    return start;
  };
  const checkPhraseOccurs = (when: Readonly<Record<string, unknown>>, path: string, evidence: unknown) => {
    const { phrase, anchor } = when;
    if (typeof phrase !== 'string' || typeof anchor !== 'string') return;
    const anchorText = sourceTexts[anchor];
    if (anchorText === undefined) return;
    const needle = phrase.toLowerCase();
    const quoted = locatedRecords(evidence, '').some(({ item }) => typeof item.text === 'string' && item.text.toLowerCase().includes(needle));
    if (!quoted && !anchorText.toLowerCase().includes(needle)) {
      issues.push({ path: `${path}.phrase`, value: phrase, expected: `words that occur in the evidence or in source ${JSON.stringify(anchor)}` });
    }
  };

  for (const { path, item } of collection(input, 'sources')) checkWhen(item.dateline, `${path}.dateline`, undefined);
  for (const { path, item } of collection(input, 'events')) checkWhen(item.when, `${path}.when`, item.evidence);
  for (const { path, item } of collection(input, 'stances')) {
    const start = checkWhen(item.when, `${path}.when`, item.evidence);
    notBefore(parse(item.until, `${path}.until`), start, `${path}.until`, 'when.start');
  }
  for (const { path, item } of collection(input, 'actors')) {
    for (const { path: p, item: title } of locatedRecords(item.titles, `${path}.titles`)) {
      notBefore(parse(title.until, `${p}.until`), parse(title.from, `${p}.from`), `${p}.until`, 'from');
    }
  }
  return issues;
}
