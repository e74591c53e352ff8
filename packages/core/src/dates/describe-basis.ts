import type { When } from '../model/index.js';

/**
 * Says in plain English how a date was obtained, for the details panel.
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
  options: { anchorName?: (anchor: string) => string | undefined } = {},
): string {
  switch (when.basis) {
    case 'stated':
      return `stated in the text${noteSuffix(when.note)}`;
    case 'resolved': {
      const anchor = when.anchor === undefined ? 'its source' : (options.anchorName?.(when.anchor) ?? when.anchor);
      const phrase = when.phrase === undefined ? '' : ` ("${when.phrase}")`;
      return `resolved from the dateline of ${anchor}${phrase}${noteSuffix(when.note)}`;
    }
    case 'inferred':
      return when.note === undefined ? 'inferred' : `inferred: ${when.note}`;
    default:
      // Data that skipped validation: say so rather than show nothing.
      return `unknown basis ${JSON.stringify(when.basis)}`;
  }
}

/** A curator's note matters to the reader whatever the basis: '; note: …'. */
function noteSuffix(note: string | undefined): string {
  return note === undefined || note === '' ? '' : `; note: ${note}`;
}
