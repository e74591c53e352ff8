import type { Id } from './when.js';

/**
 * An exact slice of a source text (W3C TextPositionSelector + TextQuoteSelector in one).
 * Offsets are UTF-16 code units: `sourceText.slice(start, end) === text`. A quote from a source
 * known only by its URL (no `file`) has no offsets: its `text` alone (a TextQuoteSelector).
 */
export interface Evidence {
  source: Id;
  /** Inclusive offset; with `end`, exactly when the source has a `file`. */
  start?: number;
  /** Exclusive offset; with `start`. */
  end?: number;
  /** The quote, exactly as in the source. */
  text: string;
  /** Set only when `text` is that actor's own words. */
  speaker?: Id;
}
