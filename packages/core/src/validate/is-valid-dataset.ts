import type { Dataset } from '../model/index.js';
import type { ParseDatasetOptions } from './parse-dataset-options.js';
import { checkDatasetSteps } from './check-dataset-steps.js';

/**
 * True when `input` is a valid dataset: the answer `parseDataset` would give, without valibot and
 * without collecting issues, so it is small (no valibot) and fast, and it stops at the first problem.
 * A top-level `"$schema"` string is allowed, as in `parseDataset`.
 *
 * It is the same rules as `parseDataset`, not a copy of them: the structure (types, enums, slugs,
 * required and unknown fields) is is-well-formed-dataset.ts, compiled from `datasetSchema` at build
 * time (scripts/build-dataset-structure-check.ts), and the rules that span several values are the
 * check-*.ts modules the collecting pass runs (`checkRules`), stopped at their first issue.
 * Tests check that it never accepts what the collecting pass rejects.
 *
 * When it says `false`, `parseDataset(input)` (or `findDatasetIssues`) tells what is wrong; the
 * element imports that lazily, only for invalid data. Input that throws while it is read (a
 * throwing getter, a revoked Proxy) gives `false`, never an exception.
 *
 * @example
 * if (isValidDataset(json)) draw(json);
 * else showError((await import('@syria-timeline/core/validate')).findDatasetIssues(json));
 */
export function isValidDataset(input: unknown, options: ParseDatasetOptions = {}): input is Dataset {
  const steps = checkDatasetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
