import type { DatasetIssue } from './dataset-error.js';
import { STOP_AT_FIRST_ISSUE, type IssueSink } from './issue-sink.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { collection, isRecord } from './located-records.js';
import { COLLECTIONS, NOTHING, type DatasetRule } from './dataset-rule.js';
import { checkIds } from './check-ids.js';
import { checkReferences } from './check-references.js';
import { checkPartOfCycles } from './check-part-of-cycles.js';
import { checkDates } from './check-dates.js';
import { checkEvidence } from './check-evidence.js';
import { checkEvents } from './check-events.js';
import { checkStanceConflicts } from './check-stance-conflicts.js';

/**
 * The rules that span several values, each written once (check-*.ts) for both passes: unique ids,
 * references, `partOf` cycles, dates that exist and their order, the resolved/inferred requirements,
 * a source's file or url, quote offsets and slices, one actor participant per event, stance
 * conflicts. They read `unknown` defensively, so they also run on a dataset whose structure is
 * broken (the collecting pass lists everything at once); the yes/no check runs them after the
 * structure check, with `STOP_AT_FIRST_ISSUE`.
 *
 * One walk over the collections shows each object item to every rule. The issues are listed rule
 * by rule (ids, references, cycles, dates, quotes, actors, stance conflicts), in item order within each.
 */
export function checkRules(input: unknown, issues: IssueSink, options: ParseDatasetOptions = {}): void {
  const stop = issues === STOP_AT_FIRST_ISSUE;
  // Each rule lists into its own array, joined in rule order at the end (one sink when stopping at the first).
  const sinks: IssueSink[] = [];
  const sink = (): IssueSink => {
    const own = stop ? issues : [];
    sinks.push(own);
    return own;
  };
  const rules: DatasetRule[] = [
    checkIds(input, sink()),
    checkReferences(input, sink()),
  ];
  const cycles = sink();
  rules.push(
    checkDates(sink(), options.sourceTexts),
    checkEvidence(sink(), options.sourceTexts),
    checkEvents(sink()),
    checkStanceConflicts(sink()),
  );
  for (const name of COLLECTIONS) {
    const items = collection(input, name);
    const visits = rules.map((rule) => rule[name]).filter((visit) => visit !== NOTHING);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item)) continue; // the schema reports it
      for (let r = 0; r < visits.length; r++) visits[r]!(item, i);
    }
  }
  for (const rule of rules) rule.end();
  checkPartOfCycles(input, cycles);
  if (!stop) for (const own of sinks) for (const issue of own as DatasetIssue[]) issues.push(issue);
}
