import type { Evidence } from './evidence.js';
import type { EdtfDate, Id, When } from './when.js';

/** A question the actors argue about, phrased as a proposition ("Assad should step down"). */
export interface Issue {
  id: Id;
  label: string;
  description?: string;
}

export type Position = 'supports' | 'opposes' | 'neutral';

/**
 * One observation: on a date, an actor took a position on an issue, backed by quoted evidence.
 * It stays in force until the next observation for the same actor and issue; periods are derived.
 */
export interface Stance {
  id: Id;
  actor: Id;
  issue: Id;
  position: Position;
  /** Makes the stance conditional: 'until Assad steps down'. */
  condition?: string;
  /** When the stance was expressed or reported. */
  when: When;
  basis: 'stated' | 'reported' | 'inferred';
  evidence: [Evidence, ...Evidence[]];
  /** Only if the text itself ends the stance. */
  until?: EdtfDate;
}
