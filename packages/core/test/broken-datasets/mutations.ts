import type { Dataset, Evidence } from '../../src/model/index.js';

/** One way to break the valid dataset, and where the error must point. */
export interface Mutation {
  name: string;
  /** Changes the (mutable, JSON-like) dataset in place, or returns a replacement input. */
  apply: (d: Dataset & Record<string, unknown>) => unknown;
  path: string;
  /** Text the message must contain (the offending value, as shown). */
  shows: string;
  /** Pass the source texts, for the checks that need them. */
  withTexts?: boolean;
}

// Loosely typed access for mutations that break the types on purpose.
const loose = (value: unknown) => value as Record<string, unknown> & Record<number, Record<string, unknown>>;

/** Moves a quote's offsets (both present in the valid dataset) by `by`. */
const shift = (e: Evidence, by: number, which: 'both' | 'end' = 'both') => {
  if (which === 'both') e.start = e.start! + by;
  e.end = e.end! + by;
};

export const MUTATIONS: readonly Mutation[] = [
  { name: 'an unknown actor id', apply: (d) => { d.events[0]!.participants[1]!.actor = 'asad'; },
    path: 'events[0].participants[1].actor', shows: '"asad"' },
  { name: 'a duplicate event id', apply: (d) => { d.events[1]!.id = d.events[0]!.id; },
    path: 'events[1].id', shows: '"lavrov-meets-assad"' },
  { name: 'a month that does not exist', apply: (d) => { d.events[0]!.when.start = '2012-13'; },
    path: 'events[0].when.start', shows: '"2012-13"' },
  { name: 'an impossible day', apply: (d) => { d.events[0]!.when.start = '2013-02-30'; },
    path: 'events[0].when.start', shows: '"2013-02-30"' },
  { name: 'an end before the start', apply: (d) => { d.events[1]!.when.end = '2012-02-01'; },
    path: 'events[1].when.end', shows: '"2012-02-01"' },
  { name: 'a resolved date without its phrase', apply: (d) => { delete d.events[0]!.when.phrase; },
    path: 'events[0].when.phrase', shows: 'missing' },
  { name: 'a resolved date without its anchor', apply: (d) => { delete d.events[0]!.when.anchor; },
    path: 'events[0].when.anchor', shows: 'missing' },
  { name: 'an inferred date without a note', apply: (d) => { d.events[1]!.when.basis = 'inferred'; },
    path: 'events[1].when.note', shows: 'missing' },
  { name: 'a quote that is not the slice it claims', withTexts: true,
    apply: (d) => { shift(d.events[0]!.evidence[0], 1); },
    path: 'events[0].evidence[0].text', shows: '"his meeting with Assad in Damascus on Tuesday"' },
  { name: 'a quote whose offsets do not match its length', apply: (d) => { shift(d.events[0]!.evidence[0], 3, 'end'); },
    path: 'events[0].evidence[0].end', shows: 'start + text.length' },
  { name: 'a javascript: url', apply: (d) => { d.sources[0]!.url = 'javascript:alert(1)'; },
    path: 'sources[0].url', shows: '"javascript:alert(1)"' },
  { name: 'two stances disagreeing on one date',
    apply: (d) => { d.stances.push({ ...d.stances[0]!, id: 'russia-for-preconditions', position: 'supports' }); },
    path: 'stances[1].position', shows: '"supports"' },
  { name: 'a partOf cycle', apply: (d) => { d.actors[0]!.partOf = 'lavrov'; },
    path: 'actors[0].partOf', shows: '"lavrov"' },
  { name: 'an event with no actor participant', apply: (d) => { d.events[1]!.participants[0]!.role = 'object'; },
    path: 'events[1].participants', shows: '"object"' },
  { name: 'an unknown lane', apply: (d) => { d.actors[0]!.lane = 'kremlin'; },
    path: 'actors[0].lane', shows: '"kremlin"' },
  { name: 'a wrong version', apply: (d) => { loose(d).version = 2; }, path: 'version', shows: 'got 2' },
  { name: 'a missing title', apply: (d) => { delete loose(d.events[0]).title; }, path: 'events[0].title', shows: 'missing' },
  { name: 'an id that is not a slug', apply: (d) => { d.issues[0]!.id = 'Assad Steps Down'; },
    path: 'issues[0].id', shows: '"Assad Steps Down"' },
  { name: 'events that are not a list', apply: (d) => { loose(d).events = {}; }, path: 'events', shows: '{}' },
  { name: 'null instead of a dataset', apply: () => null, path: '', shows: 'null' },
  { name: 'a misspelt field', apply: (d) => { loose(d.events[0]).tittle = 'Lavrov in Damascus'; },
    path: 'events[0].tittle', shows: '"Lavrov in Damascus"' },
  { name: 'a speaker that is a state', apply: (d) => { d.stances[0]!.evidence[0].speaker = 'russia'; },
    path: 'stances[0].evidence[0].speaker', shows: '"russia"' },
  { name: 'evidence from an unknown source', apply: (d) => { d.events[1]!.evidence[0].source = '009'; },
    path: 'events[1].evidence[0].source', shows: '"009"' },
  { name: 'an anchor that is no source', apply: (d) => { d.events[0]!.when.anchor = '003'; },
    path: 'events[0].when.anchor', shows: '"003"' },
  { name: 'no evidence at all', apply: (d) => { loose(d.events[0]).evidence = []; }, path: 'events[0].evidence', shows: '[]' },
  { name: 'a CAMEO code that is not 2–4 digits', apply: (d) => { d.events[0]!.codes = { cameo: '42a' }; },
    path: 'events[0].codes.cameo', shows: '"42a"' },
  { name: 'an unknown event type', apply: (d) => { loose(d.events[0]).type = 'summit'; },
    path: 'events[0].type', shows: '"summit"' },
  { name: 'a resolved phrase found neither in the evidence nor the source', withTexts: true,
    apply: (d) => { d.events[0]!.when.phrase = 'on Monday'; }, path: 'events[0].when.phrase', shows: '"on Monday"' },
  { name: 'an unknown issue', apply: (d) => { d.events[0]!.issues = ['ceasefire']; },
    path: 'events[0].issues[0]', shows: '"ceasefire"' },
  { name: 'a relation from an unknown actor', apply: (d) => { d.relations![0]!.from = 'moscow'; },
    path: 'relations[0].from', shows: '"moscow"' },
  { name: 'a relation to an unknown actor', apply: (d) => { d.relations![0]!.to = 'damascus'; },
    path: 'relations[0].to', shows: '"damascus"' },
  { name: 'a relation ending before it starts', apply: (d) => { d.relations![0]!.start = '2013'; },
    path: 'relations[0].end', shows: '"2012-02-08"' },
  { name: 'relation evidence past the end of its source', withTexts: true,
    apply: (d) => { shift(d.relations![0]!.evidence[0], 1000); },
    path: 'relations[0].evidence[0].end', shows: 'an offset within source' },
  { name: 'relation evidence that is not the slice it claims', withTexts: true,
    apply: (d) => { shift(d.relations![0]!.evidence[0], -1); },
    path: 'relations[0].evidence[0].text', shows: '"Russia, which supplies arms to Damascus"' },
  { name: 'an inferred relation without a note', apply: (d) => { d.relations![0]!.basis = 'inferred'; },
    path: 'relations[0].note', shows: 'missing' },
  { name: 'an unknown relation kind', apply: (d) => { loose(d.relations![0]).kind = 'friendship'; },
    path: 'relations[0].kind', shows: '"friendship"' },
  { name: 'a duplicate relation id', apply: (d) => { d.relations!.push({ ...d.relations![0]! }); },
    path: 'relations[1].id', shows: '"russia-arms-assad"' },
  { name: 'an article date without its anchor', apply: (d) => { delete d.events[2]!.when.anchor; },
    path: 'events[2].when.anchor', shows: 'missing' },
  { name: 'a stated date whose note says the text does not date it',
    apply: (d) => { d.stances[0]!.when.note = 'Not dated in the text'; },
    path: 'stances[0].when.basis', shows: '"stated"' },
  { name: 'an unknown role', apply: (d) => { loose(d.events[2]!.participants[1]).role = 'enemy'; },
    path: 'events[2].participants[1].role', shows: '"enemy"' },
  { name: 'a stance ending before it starts', apply: (d) => { d.stances[0]!.until = '2011'; },
    path: 'stances[0].until', shows: '"2011"' },
  { name: 'a source with neither a file nor a url', apply: (d) => { delete d.sources[1]!.url; },
    path: 'sources[1].file', shows: 'missing' },
  { name: 'offsets on a quote from a source known only by its URL',
    apply: (d) => { Object.assign(d.events[2]!.evidence[1]!, { start: 0, end: 34 }); },
    path: 'events[2].evidence[1].start', shows: 'known only by its URL' },
  { name: 'a quote without offsets from a source that has a file',
    apply: (d) => { delete d.events[0]!.evidence[0].start; delete d.events[0]!.evidence[0].end; },
    path: 'events[0].evidence[0].start', shows: 'offsets into the text of source "002"' },
  { name: 'a start without its end', apply: (d) => { delete d.events[0]!.evidence[0].end; },
    path: 'events[0].evidence[0].end', shows: 'start and end together' },
  { name: 'a quote from a source known only by its URL that is not in the text given for it', withTexts: true,
    apply: (d) => { d.events[2]!.evidence[1]!.text = 'Russia vetoed the draft backed by Western nations'; },
    path: 'events[2].evidence[1].text', shows: 'words in the text of source "tass-web"' },
];
