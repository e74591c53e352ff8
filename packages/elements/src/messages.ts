import type { EventType, Role } from '@syria-timeline/core';

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
  /** The legend's one line on how to read the plot. */
  howToRead: string;
  uncertain: string;
  background: string;
  cluster: string;
  /** A tie between two lanes (the default entry; tie kinds may replace it). */
  tie: string;
  observed: string;
  carried: string;
  stanceChange: string;
  /** Name of the group of stance observation discs. */
  observations: string;
  /** Heading of a stance observation's details: 'Russia: opposes'. */
  stanceHeading: (lane: string, position: string) => string;
  issue: string;
  heldBy: string;
  condition: string;
  basis: string;
  bases: Readonly<Record<'stated' | 'reported' | 'inferred', string>>;
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
  previousEvent: string;
  nextEvent: string;
  /** Where the selected event is in the story, in time order: '3 of 38'. */
  storyPosition: (n: number, total: number) => string;
  /** Said (live region) when the details open: 'Details: <title>'. */
  detailsOpened: (title: string) => string;
  /** The error panel's count line, e.g. '3 problems found:'. */
  problemsFound: (count: number) => string;
  /** After the first problems listed: how many more there are (all are on the `DatasetError`). */
  moreProblems: (count: number) => string;
}

/** The English interface text: the default, and what other languages show until theirs has loaded. */
export const englishMessages: TimelineMessages = {
  controls: 'Timeline controls', stanceOn: 'Stance on', noIssue: 'None',
  zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Reset',
  legend: 'Legend', range: 'Range', monthOrYear: 'Month or year only', approximate: 'Approximate date',
  supports: 'Supports', opposes: 'Opposes', neutral: 'Neutral', conditional: 'Conditional',
  howToRead: 'One row per side; each mark is an event (shape: its type) with its title beside it; the band under a row is that side’s stance on the chosen issue. Select anything to read its source.',
  uncertain: 'Uncertain date', background: 'Background event (context)', cluster: 'Several events too close to draw apart',
  tie: 'Link between two sides (arrow: towards the other side)',
  observed: 'Stance observed (a dot per observation)', carried: 'Stance carried forward, not observed', stanceChange: 'Change of stance', observations: 'Stance observations',
  stanceHeading: (lane, position) => `${lane}: ${position.toLowerCase()}`,
  issue: 'Issue', heldBy: 'Held by', condition: 'Condition', basis: 'Basis',
  bases: { stated: 'stated in the source', reported: 'reported by the source', inferred: 'inferred' },
  types: {
    statement: 'Statement', appeal: 'Appeal', demand: 'Demand', offer: 'Offer', meeting: 'Meeting',
    call: 'Phone call', agreement: 'Agreement', support: 'Support', criticism: 'Criticism',
    accusation: 'Accusation', rejection: 'Rejection', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Other',
  },
  closeDetails: 'Close details', date: 'Date', howDated: 'How dated', type: 'Type', participants: 'Participants',
  roles: { actor: 'actor', recipient: 'recipient', object: 'about' },
  invalidData: 'The timeline data is not valid', cannotShow: 'The timeline could not be shown',
  loading: 'Loading timeline data…',
  timeline: (range) => `Timeline, ${range}`,
  showing: (n, range) => `Showing ${n} ${n === 1 ? 'event' : 'events'}, ${range}`,
  eventsInView: 'Events in view',
  more: (n) => `and ${n} more; zoom in to list them.`,
  previousEvent: 'Previous event', nextEvent: 'Next event',
  storyPosition: (n, total) => `${n} of ${total}`,
  detailsOpened: (title) => `Details: ${title}`,
  problemsFound: (n) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'problem' : 'problems'} found:`,
  moreProblems: (n) => `and ${n.toLocaleString('en-GB')} more.`,
};
