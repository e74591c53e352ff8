import type { BasisWords, DateBasis, EventType, Position, Role, Stance } from '@syria-timeline/core';

/**
 * The element's own interface text in one locale: every string it writes, shown or read out.
 * Data-derived text (titles, quotes, lane and issue labels, source names, notes) is never
 * translated here: it is passed in as the dataset gives it and shown in the dataset's `lang`.
 *
 * Functions that take a count get it twice: `n` as a number (for plural rules) and `count` as
 * text in the locale's digits ('12', or '١٢' with `locale="ar-SY"`): write `count`, test `n`.
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
  /** Between the items of a list (participants): ', ' ('، ' in Arabic). */
  separator: string;
  roles: Readonly<Partial<Record<Role, string>>>;
  invalidData: string;
  cannotShow: string;
  loading: string;
  /** The plot's role in words (its `aria-roledescription`): 'timeline'. */
  plotRole: string;
  /** The plot's name: 'Timeline, Jan 2012 – Mar 2012'. */
  timeline: (range: string) => string;
  /** The live summary: 'Showing 12 events, Jan 2012 – Mar 2012'. */
  showing: (n: number, count: string, range: string) => string;
  eventsInView: string;
  more: (n: number, count: string) => string;
  /** The element's own region (toolbar, plot, live summary, legend). */
  region: string;
  /** Shown over the lanes when the data has no event. */
  noEvents: string;
  /** `lanes` names no lane of the data: `asked` is the attribute, `known` the data's lane ids. */
  noLane: (asked: string, known: string) => string;
  /** A date's basis in a mark's name: 'date stated'. */
  basisShort: Readonly<Record<DateBasis, string>>;
  /** A mark's name: 'Lavrov meets Assad, 7 Feb 2012 (date stated), Russia, Assad' (`basis` from `basisShort`). */
  eventName: (title: string, date: string, basis: string, lanes: readonly string[]) => string;
  /** A pill's name: '12 events, 3 Feb 2012 – 28 Mar 2012, Russia'. */
  clusterName: (n: number, count: string, dates: string, lane: string) => string;
  /** A stance band's name: 'Russia opposes: Assad should step down, from 4 Feb 2012' (`condition` is data). */
  stanceName: (lane: string, position: Position, condition: string | undefined, issue: string, from: string) => string;
  /** A stance observation's name: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)' (`basis` as in the data). */
  observationName: (lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']) => string;
  /** The "How dated" sentences of the details (anchor, phrase and note are data). */
  dating: BasisWords;
  /** One problem: `path`, `value` and `expected` are the validator's (technical, English) text. */
  problem: { got: string; expected: string; root: string; nothing: string };
  /** The error panel's count line, e.g. '3 problems found:' (`count`: `n` in the locale's digits). */
  problemsFound: (n: number, count: string) => string;
  /** After the first problems listed: how many more there are (all are on the `DatasetError`). */
  moreProblems: (n: number, count: string) => string;
}

/** A partial `TimelineMessages`: what `messages` and `registerLocale` take (nested tables merge key by key). */
export type TimelineMessagesOverride = Partial<Omit<TimelineMessages, 'types' | 'roles' | 'bases' | 'basisShort' | 'dating' | 'problem'>> & {
  types?: Partial<Record<EventType, string>>;
  roles?: Partial<Record<Role, string>>;
  bases?: Partial<TimelineMessages['bases']>;
  basisShort?: Partial<Record<DateBasis, string>>;
  dating?: Partial<BasisWords>;
  problem?: Partial<TimelineMessages['problem']>;
};

/** `base` with `override` laid over it, nested tables merged key by key. */
export function mergeMessages(base: TimelineMessages, override: TimelineMessagesOverride | null | undefined): TimelineMessages {
  if (!override) return base;
  return {
    ...base,
    ...(override as Partial<TimelineMessages>),
    types: { ...base.types, ...override.types },
    roles: { ...base.roles, ...override.roles },
    bases: { ...base.bases, ...override.bases },
    basisShort: { ...base.basisShort, ...override.basisShort },
    dating: { ...base.dating, ...override.dating },
    problem: { ...base.problem, ...override.problem },
  };
}

const noteSuffix = (note: string | undefined): string => (note ? `; note: ${note}` : '');

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
  closeDetails: 'Close details', date: 'Date', howDated: 'How dated', type: 'Type', participants: 'Participants', separator: ', ',
  roles: { actor: 'actor', recipient: 'recipient', object: 'about' },
  invalidData: 'The timeline data is not valid', cannotShow: 'The timeline could not be shown',
  loading: 'Loading timeline data…',
  plotRole: 'timeline',
  timeline: (range) => `Timeline, ${range}`,
  showing: (n, count, range) => `Showing ${count} ${n === 1 ? 'event' : 'events'}, ${range}`,
  eventsInView: 'Events in view',
  more: (_n, count) => `and ${count} more; zoom in to list them.`,
  region: 'Timeline of events',
  noEvents: 'No events',
  noLane: (asked, known) => `No lane to show: lanes="${asked}" names none of ${known}.`,
  basisShort: { stated: 'date stated', resolved: 'date resolved from the dateline', inferred: 'date inferred' },
  eventName: (title, date, basis, lanes) => `${title}, ${date} (${basis}), ${lanes.join(', ')}`,
  clusterName: (n, count, dates, lane) => `${count} ${n === 1 ? 'event' : 'events'}, ${dates}, ${lane}`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, from ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${basis})`,
  dating: {
    stated: (note) => `stated in the text${noteSuffix(note)}`,
    resolved: (anchor, phrase, note) =>
      `resolved from the dateline of ${anchor ?? 'its source'}${phrase === undefined ? '' : ` ("${phrase}")`}${noteSuffix(note)}`,
    inferred: (note) => (note === undefined ? 'inferred' : `inferred: ${note}`),
  },
  problem: { got: 'got', expected: 'expected', root: '(root)', nothing: 'nothing' },
  problemsFound: (n, count) => `${count} ${n === 1 ? 'problem' : 'problems'} found:`,
  moreProblems: (_n, count) => `and ${count} more.`,
};
