import type { When } from '../model/index.js';
import { basisKind, type SourceLookup } from './basis-kind.js';
import { ENGLISH_BASIS_PHRASES, type BasisPhrases } from './basis-phrases.js';

export interface DescribeBasisOptions {
  /** Turns the anchor id into something readable (a source title); by default the id is shown. */
  anchorName?: (anchor: string) => string | undefined;
  /** The dataset's sources: with them, an anchor whose own dateline is inferred is said to be so. */
  sources?: SourceLookup;
  /** The sentences in the reader's language (default English). */
  phrases?: BasisPhrases;
}

/**
 * Says in plain words how a date was obtained, for the details panel.
 *
 * @example
 * describeBasis({ start: '2012-02-07', basis: 'stated' })  //=> 'stated in the text'
 * describeBasis({ start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: '002' })
 * //=> 'resolved from the dateline of 002 ("on Tuesday")'
 * describeBasis({ start: '2015-09-04', basis: 'article', anchor: '001' }, { sources })
 * //=> 'dated by its article, 001, whose date is inferred' (when 001's dateline is inferred)
 * describeBasis({ start: '2012-03', basis: 'inferred', note: 'the forum was in March' })
 * //=> 'inferred: the forum was in March'
 *
 * A `note` on a date of another basis is appended ('; note: …'), and an `outsideNote` last
 * ('. Outside knowledge: …').
 */
export function describeBasis(
  when: Pick<When, 'basis' | 'phrase' | 'anchor' | 'note' | 'outsideNote'>,
  options: DescribeBasisOptions = {},
): string {
  const p = options.phrases ?? ENGLISH_BASIS_PHRASES;
  const anchor = when.anchor === undefined ? p.itsSource : (options.anchorName?.(when.anchor) ?? when.anchor);
  const note = when.note === undefined || when.note === '' ? '' : p.note(when.note);
  let text: string;
  switch (basisKind(when, options.sources)) {
    case 'stated': text = p.stated + note; break;
    case 'resolved': text = p.resolved(anchor, when.phrase) + note; break;
    case 'resolved-inferred': text = p.resolvedInferred(anchor, when.phrase) + note; break;
    case 'article': text = p.article(anchor) + note; break;
    case 'article-inferred': text = p.articleInferred(anchor) + note; break;
    case 'inferred': text = p.inferred(when.note); break;
    // Data that skipped validation: say so rather than show nothing.
    default: text = p.unknown(JSON.stringify(when.basis));
  }
  return when.outsideNote === undefined || when.outsideNote === '' ? text : text + p.outside(when.outsideNote);
}
