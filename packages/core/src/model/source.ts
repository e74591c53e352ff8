import type { Id, When } from './when.js';

/** A source text: for the built-in dataset, one of the seed articles. */
export interface Source {
  id: Id;
  /** Path of the text, relative to the repository root: 'seeds/002_461fbc77ecd1b75f.txt'. */
  file: string;
  /** Headline as printed. */
  title: string;
  publisher?: string;
  /** Why we think `publisher` published it, when the text does not print it. */
  publisherNote?: string;
  /** The byline as printed ("By Steve Gutterman"). */
  byline?: string;
  /** Credits as printed ("Reporting by …; Editing by …"). */
  credits?: string;
  /** http(s) only. */
  url?: string;
  /** `stated` when printed; `inferred` (with a note) when missing or partial. */
  dateline: When;
  /** SHA-256 of the exact bytes, pinning offsets to one version of the text. */
  sha256?: string;
  /** BCP 47 tag of this source's text (its title and the quotes from it) when it differs from the dataset's `lang`. */
  lang?: string;
}
