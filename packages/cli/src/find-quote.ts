/** Where a quote sits in a source text: an evidence object without its source id. */
export interface QuoteMatch {
  /** UTF-16 offset of the first character (inclusive). */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  /** The source's own characters: `text === source.slice(start, end)`. */
  text: string;
}

// Characters a person types one way and a news text prints another: each class matches any of them.
const EQUIVALENT: readonly string[] = [
  `'\u2018\u2019\u201a\u201b\u2032`, // apostrophes and single quotes
  `"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb`, // double quotes and guillemets
  '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212', // hyphens, dashes, minus
];

const escape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * Every place where `words` occur in `source`, tolerant of what is hard to type: curly quotes
 * and apostrophes, dashes, and any run of white space (no-break spaces, line breaks) for a space.
 * The matches are the source's exact slices, so their offsets are good evidence offsets.
 *
 * @example
 * findQuote('He said \u201cno\u201d\u00a0today.', '"no" today') //=> [{ start: 8, end: 18, text: '\u201cno\u201d\u00a0today' }]
 */
export function findQuote(source: string, words: string): QuoteMatch[] {
  const trimmed = words.trim();
  if (trimmed === '') return [];
  let pattern = '';
  for (const part of trimmed.split(/\s+/u)) {
    if (pattern !== '') pattern += '\\s+';
    for (const c of part) {
      const group = EQUIVALENT.find((g) => g.includes(c));
      pattern += group ? `[${[...group].map(escape).join('')}]` : escape(c);
    }
  }
  const found: QuoteMatch[] = [];
  for (const match of source.matchAll(new RegExp(pattern, 'gu'))) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}
