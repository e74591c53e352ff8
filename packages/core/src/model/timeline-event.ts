import type { Evidence } from './evidence.js';
import type { Id, When } from './when.js';

/** The small controlled vocabulary of event types (each maps to a CAMEO code and PLOVER category). */
export type EventType =
  | 'statement' | 'appeal' | 'demand' | 'offer' | 'meeting' | 'call' | 'agreement'
  | 'support' | 'criticism' | 'accusation' | 'rejection' | 'veto' | 'sanction'
  | 'violence' | 'other';

/**
 * - `actor`: initiator, visitor, speaker (several = a compound actor);
 * - `recipient`: addressee, host, the one the act is done to or for (a call's other party);
 * - `target`: the party the act is directed against (a veto → the draft's sponsors; a criticism → the criticised);
 * - `object`: a party the act is about, neither addressed nor opposed.
 *
 * Ties drawn from the actor's lane: to a recipient `'to'`, to a target `'against'`, to an object `'about'`.
 */
export type Role = 'actor' | 'recipient' | 'target' | 'object';

export interface Participant {
  actor: Id;
  role: Role;
}

export type PloverEvent =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT'
  | 'REQUEST' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION'
  | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** One dated diplomatic act. */
export interface TimelineEvent {
  /** Stable slug: 'lavrov-meets-assad-2012-02'. */
  id: Id;
  type: EventType;
  /** Short plain-text headline. */
  title: string;
  /** One or two plain sentences. */
  summary?: string;
  when: When;
  /** At least one participant with role `actor`. */
  participants: Participant[];
  /** Issues the act is about (links events to stance tracks). */
  issues?: Id[];
  /** At least one; the first is the primary quote. */
  evidence: [Evidence, ...Evidence[]];
  /** Overrides of the type's default codes. */
  codes?: { cameo?: string; plover?: { event: PloverEvent; mode?: string; context?: string[] } };
  /** Context the articles mention (casualty counts, earlier plans), drawn quieter. */
  background?: boolean;
}
