// The sentences of `describeBasis` (describe-basis.ts), apart from it: the element's English messages
// (its first load) hold these phrases, while describeBasis itself is only for the details panel, a lazy chunk.

/**
 * The sentences `describeBasis` is made of, in one language (the element passes its locale's).
 * `anchor` is the anchor's readable name, `phrase` the words as written (may be undefined).
 */
export interface BasisPhrases {
  stated: string;
  resolved: (anchor: string, phrase: string | undefined) => string;
  /** Resolved from a dateline that is itself inferred. */
  resolvedInferred: (anchor: string, phrase: string | undefined) => string;
  article: (anchor: string) => string;
  /** Dated by an article whose own date is inferred. */
  articleInferred: (anchor: string) => string;
  inferred: (note: string | undefined) => string;
  /** A curator's note on a date of another basis: '; note: …'. */
  note: (note: string) => string;
  /** `outsideNote`: '. Outside knowledge: …'. */
  outside: (note: string) => string;
  /** The anchor when it has no name: 'its source'. */
  itsSource: string;
  unknown: (basis: string) => string;
}

const quoted = (phrase: string | undefined) => (phrase === undefined ? '' : ` ("${phrase}")`);

/** The English sentences (the default of `describeBasis`). */
export const ENGLISH_BASIS_PHRASES: BasisPhrases = {
  stated: 'stated in the text',
  resolved: (anchor, phrase) => `resolved from the dateline of ${anchor}${quoted(phrase)}`,
  resolvedInferred: (anchor, phrase) => `resolved from the inferred dateline of ${anchor}${quoted(phrase)}`,
  article: (anchor) => `dated by its article, ${anchor}`,
  articleInferred: (anchor) => `dated by its article, ${anchor}, whose date is inferred`,
  inferred: (note) => (note === undefined ? 'inferred' : `inferred: ${note}`),
  note: (note) => `; note: ${note}`,
  outside: (note) => `. Outside knowledge: ${note}`,
  itsSource: 'its source',
  unknown: (basis) => `unknown basis ${basis}`,
};
