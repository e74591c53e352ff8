import type { Id } from './when.js';

/** A swimlane: one side of the story (Russia, Assad, the opposition, the West). */
export interface Lane {
  id: Id;
  label: string;
  /** Default top-to-bottom order (ascending). */
  order: number;
  /** CSS colour of the lane, e.g. `'#c0392b'`. */
  color: string;
}
