import type { When } from '../model/index.js';

/**
 * The sentences `describeBasis` writes, in one language. `anchor` is the dateline's source (its
 * readable name, or undefined for "its source"), `phrase` the relative phrase as written, `note`
 * the curator's note; all three are data, passed as given.
 */
export interface BasisWords {
  stated(note: string | undefined): string;
  resolved(anchor: string | undefined, phrase: string | undefined, note: string | undefined): string;
  inferred(note: string | undefined): string;
}

/** A curator's note matters to the reader whatever the basis: '; note: …'. */
const noteSuffix = (note: string | undefined): string => (note === undefined || note === '' ? '' : `; note: ${note}`);

/** The English sentences (the default of `describeBasis`). */
export const ENGLISH_BASIS_WORDS: BasisWords = Object.freeze({
  stated: (note: string | undefined) => `stated in the text${noteSuffix(note)}`,
  resolved: (anchor: string | undefined, phrase: string | undefined, note: string | undefined) =>
    `resolved from the dateline of ${anchor ?? 'its source'}${phrase === undefined ? '' : ` ("${phrase}")`}${noteSuffix(note)}`,
  inferred: (note: string | undefined) => (note === undefined ? 'inferred' : `inferred: ${note}`),
});

/**
 * Says in plain words how a date was obtained, for the details panel (English unless `words`
 * gives another language).
 *
 * @example
 * describeBasis({ start: '2012-02-07', basis: 'stated' })  //=> 'stated in the text'
 * describeBasis({ start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002' })
 * //=> 'resolved from the dateline of 002 ("on Tuesday")'
 * describeBasis({ start: '2012-03', basis: 'inferred', note: 'the forum was in March' })
 * //=> 'inferred: the forum was in March'
 *
 * A `note` on a stated or resolved date (say, that the anchor's own dateline is inferred) is appended.
 *
 * `anchorName` turns the anchor id into something readable (a source title); by default the id is shown.
 */
export function describeBasis(
  when: Pick<When, 'basis' | 'phrase' | 'anchor' | 'note'>,
  options: { anchorName?: (anchor: string) => string | undefined; words?: BasisWords } = {},
): string {
  const words = options.words ?? ENGLISH_BASIS_WORDS;
  switch (when.basis) {
    case 'stated':
      return words.stated(when.note);
    case 'resolved': {
      const anchor = when.anchor === undefined ? undefined : (options.anchorName?.(when.anchor) ?? when.anchor);
      return words.resolved(anchor, when.phrase, when.note);
    }
    case 'inferred':
      return words.inferred(when.note);
    default:
      // Data that skipped validation: say so rather than show nothing.
      return `unknown basis ${JSON.stringify(when.basis)}`;
  }
}
