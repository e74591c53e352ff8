import type { Id } from '../model/index.js';

/** Options of `parseDataset`, `findDatasetIssues` and `isValidDataset`. */
export interface ParseDatasetOptions {
  /**
   * The texts of the sources by source id. When a text is given, each quote from that source must
   * be its exact slice (a quote without offsets, from a source known only by its URL, must occur in
   * it), and each resolved phrase anchored there must occur in it or in the evidence.
   */
  sourceTexts?: Readonly<Record<Id, string>>;
}
