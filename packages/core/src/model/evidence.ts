import type { Id } from './when.js';

/**
 * An exact slice of a source text (W3C TextPositionSelector + TextQuoteSelector in one).
 * Offsets are UTF-16 code units: `sourceText.slice(start, end) === text`.
 */
export interface Evidence {
  source: Id;
  /** Inclusive offset. */
  start: number;
  /** Exclusive offset. */
  end: number;
  text: string;
  /** Set only when `text` is that actor's own words. */
  speaker?: Id;
}
