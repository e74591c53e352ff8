import type { IssueSink } from './issue-sink.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
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
 */
export function checkRules(input: unknown, issues: IssueSink, options: ParseDatasetOptions = {}): void {
  checkIds(input, issues);
  checkReferences(input, issues);
  checkPartOfCycles(input, issues);
  checkDates(input, issues, options.sourceTexts);
  checkEvidence(input, issues, options.sourceTexts);
  checkEvents(input, issues);
  checkStanceConflicts(input, issues);
}
