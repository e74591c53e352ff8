import { EdtfError, parseEdtf } from '../dates/index.js';
import type { IssueSink } from './issue-sink.js';
import { isRecord, listOf } from './located-records.js';
import type { DatasetIssue } from './dataset-error.js';
import { datasetRule, type DatasetRule } from './dataset-rule.js';
import { sourceTextOf } from './source-text-of.js';
import { isProfileDate, profileDateOrder } from './is-profile-date.js';
import { UNDATED_NOTE_PATTERN } from './dataset-vocabulary.js';

/**
 * Rule 2: every EDTF date parses (the parser's words become `expected`), an end does not precede
 * its start, `resolved` has `phrase` and `anchor`, `article` has `anchor`, `inferred` has `note`, and
 * a `stated` date's note does not say that the text does not date it (`UNDATED_NOTE_PATTERN`);
 * a relation's end does not precede its start, and an inferred relation has a note. When the anchor's text
 * is given, a resolved phrase must occur in it or in the evidence (without the text, that part is
 * not checked: the phrase may come from the part of the article that was not quoted).
 *
 * A place is passed as (collection, index, field) and made into a path only for an issue (see `listOf`).
 * Dates are checked by `isProfileDate` and ordered by `profileDateOrder` (no parsing, no
 * allocation); `parseEdtf` runs only on a date that fails, for its words.
 */
export function checkDates(issues: IssueSink, sourceTexts?: Readonly<Record<string, string>>): DatasetRule {
  let sink = issues;
  /** The date, if `value` is one; an issue if it is a string that is not. */
  const parse = (value: unknown, at: string, i: number, field: string, leaf = ''): string | undefined => {
    if (typeof value !== 'string') return undefined; // absent or the wrong type: the schema reports it
    if (isProfileDate(value)) return value;
    try {
      parseEdtf(value);
      return value;
    } catch (error) {
      if (!(error instanceof EdtfError)) throw error;
      sink.push({ path: `${at}[${i}].${field}${leaf}`, value, expected: error.expected });
      return undefined;
    }
  };
  const notBefore = (later: string | undefined, earlier: string | undefined, at: string, i: number, field: string, what: string) => {
    if (later !== undefined && earlier !== undefined && profileDateOrder(later) < profileDateOrder(earlier)) {
      sink.push({ path: `${at}[${i}].${field}`, value: later, expected: `a date that does not precede ${what} (${earlier})` });
    }
  };
  const checkWhen = (when: unknown, at: string, i: number, field: string, evidence: unknown): string | undefined => {
    if (!isRecord(when)) return undefined;
    const start = parse(when.start, at, i, field, '.start');
    if (when.end !== undefined) {
      const end = parse(when.end, at, i, field, '.end');
      notBefore(end, start, at, i, `${field}.end`, 'start');
    }
    if (when.basis === 'resolved') {
      if (when.phrase === undefined) {
        issues.push({ path: `${at}[${i}].${field}.phrase`, value: undefined, expected: "the words as written ('on Tuesday'): a resolved date needs its phrase" });
      }
      if (when.anchor === undefined) {
        issues.push({ path: `${at}[${i}].${field}.anchor`, value: undefined, expected: 'the id of the source whose dateline the date was resolved from: a resolved date needs its anchor' });
      }
      checkPhraseOccurs(when, `${at}[${i}].${field}`, evidence);
    }
    if (when.basis === 'article' && when.anchor === undefined) {
      issues.push({ path: `${at}[${i}].${field}.anchor`, value: undefined, expected: 'the id of the source whose date the item takes: an article date needs its anchor' });
    }
    if (when.basis === 'inferred' && when.note === undefined) {
      issues.push({ path: `${at}[${i}].${field}.note`, value: undefined, expected: 'a note on what outside knowledge fixed the date: an inferred date needs one' });
    }
    if (when.basis === 'stated' && typeof when.note === 'string' && UNDATED_NOTE_PATTERN.test(when.note)) {
      issues.push({
        path: `${at}[${i}].${field}.basis`, value: 'stated',
        expected: `"article" (dated by its article's date, with the anchor) or "inferred" (with a note): the note says the text does not date it (${JSON.stringify(when.note)})`,
      });
    }
    return start;
  };
  const checkPhraseOccurs = (when: Readonly<Record<string, unknown>>, path: string, evidence: unknown) => {
    const { phrase, anchor } = when;
    if (typeof phrase !== 'string' || typeof anchor !== 'string') return;
    const anchorText = sourceTextOf(sourceTexts, anchor);
    if (anchorText === undefined) return;
    const needle = phrase.toLowerCase();
    const quoted = listOf(evidence).some((item) => isRecord(item) && typeof item.text === 'string' && item.text.toLowerCase().includes(needle));
    if (!quoted && !anchorText.toLowerCase().includes(needle)) {
      issues.push({ path: `${path}.phrase`, value: phrase, expected: `words that occur in the evidence or in source ${JSON.stringify(anchor)}` });
    }
  };

  // The collecting pass lists the titles' issues after the others (as it always has): they wait for `end`.
  const titleIssues: DatasetIssue[] = [];
  return datasetRule({
    sources(item, i) {
      checkWhen(item.dateline, 'sources', i, 'dateline', undefined);
    },
    events(item, i) {
      checkWhen(item.when, 'events', i, 'when', item.evidence);
    },
    stances(item, i) {
      const start = checkWhen(item.when, 'stances', i, 'when', item.evidence);
      if (item.until !== undefined) notBefore(parse(item.until, 'stances', i, 'until'), start, 'stances', i, 'until', 'when.start');
    },
    relations(item, i) {
      const start = parse(item.start, 'relations', i, 'start');
      if (item.end !== undefined) notBefore(parse(item.end, 'relations', i, 'end'), start, 'relations', i, 'end', 'start');
      if (item.basis === 'inferred' && item.note === undefined) {
        issues.push({ path: `relations[${i}].note`, value: undefined, expected: 'a note on what the relation is inferred from: an inferred relation needs one' });
      }
    },
    actors(item, i) {
      const titles = listOf(item.titles);
      if (titles.length === 0) return;
      sink = titleIssues;
      for (let j = 0; j < titles.length; j++) {
        const title = titles[j];
        if (!isRecord(title)) continue;
        notBefore(parse(title.until, 'actors', i, `titles[${j}].until`), parse(title.from, 'actors', i, `titles[${j}].from`),
          'actors', i, `titles[${j}].until`, 'from');
      }
      sink = issues;
    },
    end() {
      for (const issue of titleIssues) issues.push(issue);
    },
  });
}
