import type { Id, Source, When } from '../model/index.js';

/**
 * How a date was obtained, with what the sources add: a `resolved` or `article` date whose anchor's
 * own dateline is inferred is `resolved-inferred` / `article-inferred`. Derived, never stored.
 */
export type BasisKind = 'stated' | 'resolved' | 'resolved-inferred' | 'article' | 'article-inferred' | 'inferred';

/** The sources by id (a dataset's list or a map), as `basisKind` and `describeBasis` read them. */
export type SourceLookup = readonly Pick<Source, 'id' | 'dateline'>[] | ReadonlyMap<Id, Pick<Source, 'dateline'>>;

/**
 * The basis of `when`, read together with its anchor's dateline: a date resolved from (or dated by)
 * an article whose own date is inferred is no firmer than that date, and says so. `undefined` for
 * a basis outside the vocabulary (data that skipped validation).
 *
 * @example
 * basisKind({ start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001' }, dataset.sources)
 * //=> 'resolved-inferred' when source 001's dateline is inferred
 */
export function basisKind(when: Pick<When, 'basis' | 'anchor'>, sources?: SourceLookup): BasisKind | undefined {
  switch (when.basis) {
    case 'stated':
    case 'inferred':
      return when.basis;
    case 'resolved':
    case 'article':
      return anchorInferred(when.anchor, sources) ? `${when.basis}-inferred` : when.basis;
    default:
      return undefined;
  }
}

function anchorInferred(anchor: Id | undefined, sources: SourceLookup | undefined): boolean {
  if (anchor === undefined || sources === undefined) return false;
  const source = 'get' in sources ? sources.get(anchor) : sources.find((s) => s.id === anchor);
  return source?.dateline.basis === 'inferred';
}
