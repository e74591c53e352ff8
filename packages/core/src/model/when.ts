/** Identifier of anything in a dataset: a slug matching `/^[a-z0-9][a-z0-9-]*$/`. */
export type Id = string;

/**
 * A date in the project's EDTF (ISO 8601-2) profile: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * optionally followed by `~` (approximate), `?` (uncertain) or `%` (both); `XX` for an
 * unspecified month or day (`2012-XX-XX`). Precision and qualifiers are read from the string,
 * never stored beside it, so they cannot disagree.
 */
export type EdtfDate = string;

/**
 * How a date was obtained.
 * - `stated`: absolute in the text ("November 14, 2013").
 * - `resolved`: relative in the text ("on Tuesday"), computed from a source's dateline.
 * - `article`: the sentence does not date it; it is dated by its article's date (`anchor`).
 * - `inferred`: needs knowledge from outside the text; a `note` says which.
 *
 * Whether the anchor's own dateline is inferred is derived from the sources, never stored
 * (`describeBasis` says so).
 */
export type DateBasis = 'stated' | 'resolved' | 'article' | 'inferred';

/** When something happened (or was reported), and how we know. */
export interface When {
  /** The start, or the only date: `'2012-02-07'`, `'2011-11'`, `'2011-11~'`. */
  start: EdtfDate;
  /** Only for ranges; must not precede `start`. */
  end?: EdtfDate;
  basis: DateBasis;
  /** The words as written (`'on Tuesday'`); required when `basis` is `resolved`. */
  phrase?: string;
  /** The source whose dateline a `resolved` date was computed from, or whose date an `article` date is; required for both. */
  anchor?: Id;
  /** What outside knowledge fixed the date; required when `basis` is `inferred`. */
  note?: string;
  /**
   * Outside reporting that differs from the text (e.g. an agency reporting a day earlier); the
   * text's date is kept. Shown as "Outside knowledge: …".
   */
  outsideNote?: string;
}
