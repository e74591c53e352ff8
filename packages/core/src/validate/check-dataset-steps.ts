import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { isWellFormedDatasetShell, WELL_FORMED_ITEMS } from './is-well-formed-dataset.js';
import { datasetRules } from './check-rules.js';
import { COLLECTIONS } from './dataset-rule.js';
import { collection } from './located-records.js';
import { STOP_AT_FIRST_ISSUE } from './issue-sink.js';
import { withoutSchemaKey } from './without-schema-key.js';

/** Items checked between two yields of `checkDatasetSteps` (a few ms of a browser's time). */
export const CHECK_SLICE = 2_000;

/**
 * `isValidDataset(input, options)` in steps, for a caller that must not hold the main thread for
 * the whole check (a million events): it yields the number of events checked so far after every
 * `CHECK_SLICE` items of a collection (none for small data), and returns the same verdict. Before
 * the first item it yields 0 once per 256 KiB of the id tables of large collections, whose memory
 * pages it writes a step at a time (`DatasetRules.ready`). Drive it in time slices (`next()` until
 * `done`, giving the event loop back between slices); `isValidDataset` is this generator drained.
 *
 * Each collection in slices, in order: the slice's structure check (the generated
 * `WELL_FORMED_ITEMS`, compiled from the valibot schema), then the rules' visits of the same items
 * (check-*.ts, `datasetRules`) while they are still in cache; the first problem ends the walk.
 * The structure check runs with `byRules`: the references and dates the rules test again are only
 * type-checked there (a reference that is not an id is not among the ids; the date rule tests
 * each date), so each is tested once; the verdict of the two walks is the same. The data must not change while it is being checked: a step reads only the items
 * of its slice, and the verdict is about the data as the steps saw it.
 *
 * @example
 * const steps = checkDatasetSteps(json);
 * let step = steps.next();
 * while (!step.done) { progress(step.value); await idle(); step = steps.next(); }
 * if (step.value) draw(json);
 */
export function* checkDatasetSteps(input: unknown, options: ParseDatasetOptions = {}): Generator<number, boolean> {
  // Input that throws while it is read (a getter, a Proxy) is not a valid dataset; `parseDataset`
  // and `findDatasetIssues` say what was thrown. The first rule issue throws too (STOP_AT_FIRST_ISSUE).
  try {
    const dataset = withoutSchemaKey(input);
    if (!isWellFormedDatasetShell(dataset)) return false;
    const rules = datasetRules(dataset, STOP_AT_FIRST_ISSUE, options);
    // The rules' tables of a million ids, their pages written a step at a time (0 events checked yet).
    for (const _ of rules.ready()) yield 0;
    let events = 0;
    for (const name of COLLECTIONS) {
      const items = collection(dataset, name);
      const wellFormed = WELL_FORMED_ITEMS[name];
      for (let from = 0; from < items.length; from += CHECK_SLICE) {
        const to = Math.min(from + CHECK_SLICE, items.length);
        if (!wellFormed(items, from, to, true)) return false;
        rules.visit(name, items, from, to);
        if (name === 'events') events = to;
        if (to - from === CHECK_SLICE) yield events;
      }
    }
    rules.end();
    return true;
  } catch {
    return false;
  }
}
