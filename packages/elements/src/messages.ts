import { ENGLISH_BASIS_PHRASES, type BasisPhrases, type EventType, type RelationKind, type Role } from '@syria-timeline/core';

/**
 * The element's own interface text in one locale. Data-derived text (titles, quotes, lane and
 * issue labels, source names) is never translated here: it is shown as the dataset gives it.
 */
export interface TimelineMessages {
  controls: string;
  stanceOn: string;
  noIssue: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  legend: string;
  range: string;
  monthOrYear: string;
  approximate: string;
  supports: string;
  opposes: string;
  neutral: string;
  conditional: string;
  types: Readonly<Record<EventType, string>>;
  closeDetails: string;
  date: string;
  howDated: string;
  type: string;
  participants: string;
  roles: Readonly<Record<Role, string>>;
  invalidData: string;
  cannotShow: string;
  loading: string;
  timeline: (range: string) => string;
  showing: (count: number, range: string) => string;
  eventsInView: string;
  more: (count: number) => string;
  /** How a date was obtained, in sentences (see core's `describeBasis`). */
  basis: BasisPhrases;
  /** The context row of events with no participant in a shown lane. */
  others: string;
  /** Legend entries of the three kinds of tie. */
  ties: Readonly<Record<'to' | 'against' | 'about', string>>;
  /** The card of a side (opened from its lane label). */
  side: SideMessages;
}

export interface SideMessages {
  /** Accessible name of a lane label's button: what it opens. */
  open: (lane: string) => string;
  close: string;
  actors: string;
  relations: string;
  positions: string;
  none: string;
  kinds: Readonly<Record<RelationKind, string>>;
  /** A relation's span from its formatted ends (either may be missing: an open end). */
  span: (from: string | undefined, to: string | undefined) => string;
}

/** The English interface text: the default, and what other languages show until theirs has loaded. */
export const englishMessages: TimelineMessages = {
  controls: 'Timeline controls', stanceOn: 'Stance on', noIssue: 'None',
  zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Reset',
  legend: 'Legend', range: 'Range', monthOrYear: 'Month or year only', approximate: 'Approximate date',
  supports: 'Supports', opposes: 'Opposes', neutral: 'Neutral', conditional: 'Conditional',
  types: {
    statement: 'Statement', appeal: 'Appeal', demand: 'Demand', offer: 'Offer', meeting: 'Meeting',
    call: 'Phone call', agreement: 'Agreement', support: 'Support', criticism: 'Criticism',
    accusation: 'Accusation', rejection: 'Rejection', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Other',
  },
  closeDetails: 'Close details', date: 'Date', howDated: 'How dated', type: 'Type', participants: 'Participants',
  roles: { actor: 'actor', recipient: 'recipient', target: 'target', object: 'about' },
  invalidData: 'The timeline data is not valid', cannotShow: 'The timeline could not be shown',
  loading: 'Loading timeline data…',
  timeline: (range) => `Timeline, ${range}`,
  showing: (n, range) => `Showing ${n} ${n === 1 ? 'event' : 'events'}, ${range}`,
  eventsInView: 'Events in view',
  more: (n) => `and ${n} more; zoom in to list them.`,
  basis: ENGLISH_BASIS_PHRASES,
  others: 'Others',
  ties: { to: 'Addressed to', against: 'Directed against', about: 'About' },
  side: {
    open: (lane) => `${lane}: actors, relations and positions`,
    close: 'Close', actors: 'Actors', relations: 'Relations', positions: 'Positions', none: 'None recorded',
    kinds: {
      alliance: 'Alliance', 'arms-supply': 'Arms supply', 'military-base': 'Military base', patronage: 'Patronage',
      'diplomatic-backing': 'Diplomatic backing', other: 'Other',
    },
    span: (from, to) => (from && to ? `${from} – ${to}` : from ? `from ${from}` : to ? `until ${to}` : 'throughout the sources'),
  },
};
