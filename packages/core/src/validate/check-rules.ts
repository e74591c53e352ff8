import type { DatasetIssue } from './dataset-error.js';
import { STOP_AT_FIRST_ISSUE, type IssueSink } from './issue-sink.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { collection, isRecord } from './located-records.js';
import { COLLECTIONS, NOTHING, type Collection, type DatasetRule, type Item } from './dataset-rule.js';
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
 * broken (the collecting pass lists everything at once); the yes/no check (`checkDatasetSteps`)
 * runs them slice by slice, after each slice's structure check, with `STOP_AT_FIRST_ISSUE`.
 *
 * One walk over the collections shows each object item to every rule. The issues are listed rule
 * by rule (ids, references, cycles, dates, quotes, actors, stance conflicts), in item order within each.
 */
export function checkRules(input: unknown, issues: IssueSink, options: ParseDatasetOptions = {}): void {
  const rules = datasetRules(input, issues, options);
  for (const name of COLLECTIONS) {
    const items = collection(input, name);
    rules.visit(name, items, 0, items.length);
  }
  rules.end();
}

/** A visit of one item of a collection by one rule (see `DatasetRule`). */
export type Visit = (item: Item, index: number) => void;

/** The rules of `checkRules`, made for one dataset, for a caller that walks the collections itself. */
export interface DatasetRules {
  /** Shows the object items `from` to `to` (excluded) of collection `name` to the rules that look at them. */
  visit(name: Collection, items: readonly unknown[], from: number, to: number): void;
  /** After every object item of every collection was visited once, in order: the end of each rule. */
  end(): void;
  /**
   * Before the first visit, for a caller that checks in steps (`checkDatasetSteps`): readies the
   * rules' large tables a step at a time (their memory pages written once, in order), so that the
   * first visits do not pay for them all in one step. Visiting without it gives the same verdict.
   */
  ready(): Generator<0, void>;
}

/**
 * The rules of `checkRules` for `input`, reporting to `issues`. The caller walks: `visit` each
 * collection's items, in `COLLECTIONS` order and item order, then `end` once. `checkRules` visits
 * each collection in one go; `checkDatasetSteps` in slices, each after its structure check.
 */
export function datasetRules(input: unknown, issues: IssueSink, options: ParseDatasetOptions = {}): DatasetRules {
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
  const visits = {} as Record<Collection, readonly Visit[]>;
  for (const name of COLLECTIONS) visits[name] = rules.map((rule) => rule[name]).filter((visit) => visit !== NOTHING);
  return {
    visit(name, items, from, to) {
      const of = visits[name];
      for (let i = from; i < to; i++) {
        const item = items[i];
        if (!isRecord(item)) continue; // the schema reports it
        for (let r = 0; r < of.length; r++) of[r]!(item, i);
      }
    },
    *ready() {
      for (const rule of rules) yield* rule.ready();
    },
    end() {
      for (const rule of rules) rule.end();
      checkPartOfCycles(input, cycles);
      if (!stop) for (const own of sinks) for (const issue of own as DatasetIssue[]) issues.push(issue);
    },
  };
}
