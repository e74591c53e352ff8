import type { Id, When } from './when.js';

/**
 * A source text: for the built-in dataset, one of the seed articles. A source has a local text
 * (`file`), or is known only by its `url`: then its quotes carry their `text` without offsets.
 */
export interface Source {
  id: Id;
  /**
   * Path of the local text, relative to the repository root (or the data file): 'seeds/002_461fbc77ecd1b75f.txt'.
   * Absent for a source known only by its `url`.
   */
  file?: string;
  /** Headline as printed. */
  title: string;
  publisher?: string;
  /** Why we think `publisher` published it, when the text does not print it. */
  publisherNote?: string;
  /** The byline as printed ("By Steve Gutterman"). */
  byline?: string;
  /** Credits as printed ("Reporting by …; Editing by …"). */
  credits?: string;
  /** Where the text was published, http(s) only; required when there is no `file`. */
  url?: string;
  /** `stated` when printed; `inferred` (with a note) when missing or partial. */
  dateline: When;
  /** SHA-256 of the exact bytes, pinning offsets to one version of the text. */
  sha256?: string;
  /** BCP 47 tag of this source's text (its title and the quotes from it) when it differs from the dataset's `lang`. */
  lang?: string;
}
