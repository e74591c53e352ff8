import type { Evidence } from './evidence.js';
import type { EdtfDate, Id } from './when.js';

export type RelationKind = 'alliance' | 'arms-supply' | 'military-base' | 'patronage' | 'diplomatic-backing' | 'other';

/** A standing relationship between two actors over a span of time (open ends allowed). Directed: `from` supplies,
 *  backs, hosts a base for, or is the patron of `to`; an alliance reads both ways. */
export interface Relation {
  id: Id;
  kind: RelationKind;
  from: Id;              // actor id
  to: Id;                // actor id
  label: string;         // plain text: 'Russia supplies arms to the Syrian government'
  start?: EdtfDate;      // absent = began before what the sources cover
  end?: EdtfDate;        // absent = still in force at the last source; must not precede start
  basis: 'stated' | 'reported' | 'inferred';
  note?: string;         // required when basis is 'inferred'
  evidence: [Evidence, ...Evidence[]];
}
