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
};
