import { ENGLISH_BASIS_PHRASES, type BasisPhrases, type DateBasis, type EventType, type Position, type RelationKind, type Role, type Stance } from '@syria-timeline/core';

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
  stanceBasis: string;
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
  /** The progress bar of a `src` load. */
  progress: ProgressMessages;
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
  /** A stance band's name: 'Russia opposes: Assad should step down, from 4 Feb 2012' (`condition` is data). */
  stanceName: (lane: string, position: Position, condition: string | undefined, issue: string, from: string) => string;
  /** A stance observation's name: 'Russia opposes: Assad should step down, 4 Feb 2012 (stated)' (`basis` as in the data). */
  observationName: (lane: string, position: Position, condition: string | undefined, issue: string, date: string, basis: Stance['basis']) => string;
  /** The "How dated" sentences of the details (see core's `describeBasis`; anchor, phrase and notes are data). */
  dating: BasisPhrases;
  /** One problem: `path`, `value` and `expected` are the validator's (technical, English) text. */
  problem: { got: string; expected: string; root: string; nothing: string };
  /** The error panel's count line, e.g. '3 problems found:' (`count`: `n` in the locale's digits). */
  problemsFound: (n: number, count: string) => string;
  /** After the first problems listed: how many more there are (all are on the `DatasetError`). */
  moreProblems: (n: number, count: string) => string;
  previousEvent: string;
  nextEvent: string;
  /** Where the selected event is in the story, in time order: '3 of 38'. */
  storyPosition: (n: number, total: number) => string;
  /** Said (live region) when the details open: 'Details: <title>'. */
  detailsOpened: (title: string) => string;
  /** The context row of events with no participant in a shown lane. */
  others: string;
  /** Legend entries of the three kinds of tie. */
  ties: Readonly<Record<'to' | 'against' | 'about', string>>;
  /** The card of a side (opened from its lane label). */
  side: SideMessages;
  /** Names and hints of the plot's keyboard and pointer controls (see `NavigationMessages`). */
  navigation: NavigationMessages;
}

/** The progress bar's name and value in words (numbers come formatted in the locale's digits and units). */
export interface ProgressMessages {
  /** Its name: 'Loading progress'. */
  label: string;
  /** Bytes read: '12 MB of 264 MB', or '12 MB read' when the server did not say how many (`total` undefined). */
  bytes: (loaded: string, total: string | undefined) => string;
  /** All bytes read, the data being parsed and checked: 'Checking the data…'. */
  checking: string;
  /** Events received (`n` of `total`, also as text in the locale's digits): 'Events: 200,000 of 1,000,000'. */
  events: (n: number, total: number, count: string, totalCount: string) => string;
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

/**
 * What a listener hears while moving through the plot, and the hints around it. Each is a
 * function where word order or plural forms depend on the language.
 */
export interface NavigationMessages {
  /** An event mark: 'Veto: Russia and China veto the UN draft on Syria, 4 Feb 2012, Russia lane'. */
  markName: (type: string, title: string, date: string, lane: string) => string;
  /** An event in a pill's list (the lane is the list's): 'Veto: Russia and China veto …, 4 Feb 2012'. */
  optionName: (type: string, title: string, date: string) => string;
  /** A lane's group of marks: 'Russia lane'. */
  laneGroup: (lane: string) => string;
  /** A pill: '6 events, 30 Jan – 8 Feb 2012, Russia lane; Enter lists them' (`count`: `n` in the locale's digits). */
  pillName: (n: number, count: string, range: string, lane: string) => string;
  /** The list a pill opens: '6 events, 30 Jan – 8 Feb 2012, Russia lane'. */
  pillList: (n: number, count: string, range: string, lane: string) => string;
  /** How a mark's date was determined: its description (aria-describedby), not its name. */
  basis: Readonly<Record<DateBasis, string>>;
  /** The plot when no mark is in view (it is then the tab stop itself). */
  emptyPlot: string;
  /** Shown over the plot when a plain wheel scrolls past it: `key` is 'Ctrl' or '⌘'. */
  wheelHint: (key: string) => string;
}

/** A partial `TimelineMessages`: what `messages` and `registerLocale` take (nested tables merge key by key). */
export type TimelineMessagesOverride = Partial<Omit<TimelineMessages, 'types' | 'roles' | 'bases' | 'dating' | 'problem' | 'ties' | 'side' | 'navigation' | 'progress'>> & {
  types?: Partial<Record<EventType, string>>;
  roles?: Partial<Record<Role, string>>;
  bases?: Partial<TimelineMessages['bases']>;
  dating?: Partial<BasisPhrases>;
  problem?: Partial<TimelineMessages['problem']>;
  progress?: Partial<ProgressMessages>;
  ties?: Partial<TimelineMessages['ties']>;
  side?: Partial<Omit<SideMessages, 'kinds'>> & { kinds?: Partial<Record<RelationKind, string>> };
  navigation?: Partial<Omit<NavigationMessages, 'basis'>> & { basis?: Partial<Record<DateBasis, string>> };
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
    dating: { ...base.dating, ...override.dating },
    problem: { ...base.problem, ...override.problem },
    progress: { ...base.progress, ...override.progress },
    ties: { ...base.ties, ...override.ties },
    side: { ...base.side, ...override.side, kinds: { ...base.side.kinds, ...override.side?.kinds } },
    navigation: { ...base.navigation, ...override.navigation, basis: { ...base.navigation.basis, ...override.navigation?.basis } },
  };
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
  issue: 'Issue', heldBy: 'Held by', condition: 'Condition', stanceBasis: 'Basis',
  bases: { stated: 'stated in the source', reported: 'reported by the source', inferred: 'inferred' },
  types: {
    statement: 'Statement', appeal: 'Appeal', demand: 'Demand', offer: 'Offer', meeting: 'Meeting',
    call: 'Phone call', agreement: 'Agreement', support: 'Support', criticism: 'Criticism',
    accusation: 'Accusation', rejection: 'Rejection', veto: 'Veto', sanction: 'Sanction',
    violence: 'Violence', other: 'Other',
  },
  closeDetails: 'Close details', date: 'Date', howDated: 'How dated', type: 'Type', participants: 'Participants', separator: ', ',
  roles: { actor: 'actor', recipient: 'recipient', target: 'target', object: 'about' },
  invalidData: 'The timeline data is not valid', cannotShow: 'The timeline could not be shown',
  loading: 'Loading timeline data…',
  progress: {
    label: 'Loading progress',
    bytes: (loaded, total) => (total === undefined ? `${loaded} read` : `${loaded} of ${total}`),
    checking: 'Checking the data…',
    events: (_n, _total, count, totalCount) => `Events: ${count} of ${totalCount}`,
  },
  plotRole: 'timeline',
  timeline: (range) => `Timeline, ${range}`,
  showing: (n, count, range) => `Showing ${count} ${n === 1 ? 'event' : 'events'}, ${range}`,
  eventsInView: 'Events in view',
  more: (_n, count) => `and ${count} more; zoom in to list them.`,
  region: 'Timeline of events',
  noEvents: 'No events',
  noLane: (asked, known) => `No lane to show: lanes="${asked}" names none of ${known}.`,
  stanceName: (lane, position, condition, issue, from) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, from ${from}`,
  observationName: (lane, position, condition, issue, date, basis) =>
    `${lane} ${position}${condition === undefined ? '' : ` (${condition})`}: ${issue}, ${date} (${basis})`,
  dating: ENGLISH_BASIS_PHRASES,
  problem: { got: 'got', expected: 'expected', root: '(root)', nothing: 'nothing' },
  problemsFound: (n, count) => `${count} ${n === 1 ? 'problem' : 'problems'} found:`,
  moreProblems: (_n, count) => `and ${count} more.`,
  previousEvent: 'Previous event', nextEvent: 'Next event',
  storyPosition: (n, total) => `${n} of ${total}`,
  detailsOpened: (title) => `Details: ${title}`,
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
  navigation: {
    markName: (type, title, date, lane) => `${type}: ${title}, ${date}, ${lane} lane`,
    optionName: (type, title, date) => `${type}: ${title}, ${date}`,
    laneGroup: (lane) => `${lane} lane`,
    pillName: (n, count, range, lane) => `${count} ${n === 1 ? 'event' : 'events'}, ${range}, ${lane} lane; Enter lists them`,
    pillList: (n, count, range, lane) => `${count} ${n === 1 ? 'event' : 'events'}, ${range}, ${lane} lane`,
    basis: {
      stated: 'Date stated in the source.',
      resolved: 'Date worked out from the article’s dateline.',
      article: 'Date of the article: the sentence does not date it.',
      inferred: 'Date inferred: the text does not give it.',
    },
    emptyPlot: 'No events in this window. Shift+arrow keys or Page Up and Page Down move in time, + and − zoom, 0 shows everything.',
    wheelHint: (key) => `Use ${key} + scroll to zoom`,
  },
};
