/**
 * The hostile-data corpus: datasets an attacker or a careless author could hand to `parseDataset`
 * or `<syria-timeline>`, each with the outcome the project promises. Generated, not stored (some
 * cases are megabytes or millions of slots); plain TypeScript with no `node:` imports, so the same
 * cases run in Node (`parse-dataset.node.test.ts`, beside this file) and in the browser.
 *
 * Outcomes:
 * - `'drawn'`: `parseDataset(build(), options)` returns the dataset and the element draws it, with
 *   every text shown as plain text (nothing runs: see `HOSTILE_MARKER`; nothing is fetched: see
 *   `BEACON_ORIGIN`).
 * - `'error'`: `parseDataset` throws a `DatasetError` (never another exception) and the element
 *   shows its error state. `path`, when given, is a path the error must name; `mentions`, text the
 *   message must contain (a limit, a range).
 *
 * See README.md in this folder.
 */

/** Markup in the payloads sets `globalThis[HOSTILE_MARKER] = true` if it ever runs. */
export const HOSTILE_MARKER = '__hostileRan';
/** Every URL in the payloads is on this origin: any request to it means data made the page fetch. */
export const BEACON_ORIGIN = 'https://hostile.invalid';

export type HostileOutcome = 'drawn' | 'error';

export interface HostileCase {
  /** Unique, readable: `markup in events[0].title`. */
  name: string;
  /** What kind of hostility: for grouping and filtering. */
  group: 'markup' | 'css' | 'characters' | 'size' | 'dates' | 'numbers' | 'prototype' | 'getters' | 'structure';
  /** `'large'`: seconds to build or check, megabytes of data; a runner may give these more time. */
  size: 'small' | 'large';
  /** A fresh input each call (cases may mutate what they build). */
  build: () => unknown;
  /** Options for `parseDataset` (the element has no `sourceTexts`: a browser runner may skip these). */
  options?: { sourceTexts?: Readonly<Record<string, string>> };
  /**
   * Whether `JSON.stringify(build())` keeps what makes the case hostile, so that it can also be
   * served as a `src` file (not so for NaN, holes, getters, Proxies, BigInt…).
   */
  json: boolean;
  expect: HostileOutcome;
  /** For `'error'`: a path the `DatasetError` must name (`events[0].title`, `''` for the input). */
  path?: string;
  /** For `'error'`: text the error message must contain. */
  mentions?: string;
}

import type { Dataset } from '@syria-timeline/core';

// ─── The base dataset ────────────────────────────────────────────────────────────────────────

const QUOTE = 'The minister met the southern delegation on Tuesday';
const QUOTE_2 = 'We want the ceasefire to hold';

/** A small dataset that uses every field of the format; valid, fresh on each call. */
export function baseDataset(): Dataset {
  return {
    version: 1,
    lanes: [
      { id: 'north', label: 'North', order: 0, color: '#c0392b' },
      { id: 'south', label: 'South', order: 1, color: '#2e86c1' },
    ],
    actors: [
      { id: 'north-state', name: 'North', kind: 'state', lane: 'north', color: '#922b21' },
      { id: 'north-mfa', name: 'North Foreign Ministry', kind: 'body', partOf: 'north-state' },
      {
        id: 'north-minister', name: 'The northern minister', kind: 'person', partOf: 'north-mfa',
        aliases: ['the minister'], titles: [{ title: 'Foreign Minister', from: '2011', until: '2013' }],
        codes: { cameo: 'NRTGOV', wikidata: 'Q1' },
      },
      { id: 'south-state', name: 'South', kind: 'state', lane: 'south' },
    ],
    issues: [{ id: 'ceasefire', label: 'The ceasefire should hold', description: 'Whether the truce of 2012 should last.' }],
    sources: [{
      id: 's1', file: 'seeds/s1.txt', title: 'Talks open in the capital', publisher: 'Wire',
      url: 'https://example.org/s1', dateline: { start: '2012-02-08', basis: 'stated' },
    }],
    events: [
      {
        id: 'e1', type: 'meeting', title: 'The minister meets the south', summary: 'A first meeting.',
        when: { start: '2012-02-07', basis: 'resolved', phrase: 'on Tuesday', anchor: 's1' },
        participants: [{ actor: 'north-minister', role: 'actor' }, { actor: 'south-state', role: 'recipient' }],
        issues: ['ceasefire'],
        evidence: [{ source: 's1', start: 0, end: QUOTE.length, text: QUOTE }],
        codes: { cameo: '042', plover: { event: 'CONSULT', mode: 'visit', context: ['talks'] } },
      },
      {
        id: 'e2', type: 'statement', title: 'The minister backs the ceasefire',
        when: { start: '2012-03', end: '2012-04', basis: 'stated' },
        participants: [{ actor: 'north-minister', role: 'actor' }],
        evidence: [{ source: 's1', start: 100, end: 100 + QUOTE_2.length, text: QUOTE_2, speaker: 'north-minister' }],
      },
      {
        id: 'e3', type: 'other', title: 'Talks resume', background: true,
        when: { start: '2012-05~', basis: 'inferred', note: 'Dated from the wire report.' },
        participants: [{ actor: 'south-state', role: 'actor' }],
        evidence: [{ source: 's1', start: 0, end: QUOTE.length, text: QUOTE }],
      },
    ],
    stances: [{
      id: 'st1', actor: 'north-state', issue: 'ceasefire', position: 'supports', condition: 'while talks go on',
      when: { start: '2012-03', basis: 'stated' }, basis: 'stated', until: '2012-06',
      evidence: [{ source: 's1', start: 100, end: 100 + QUOTE_2.length, text: QUOTE_2, speaker: 'north-minister' }],
    }],
  };
}

type Base = Dataset;
// Hostile cases break the types on purpose.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const loose = (value: unknown) => value as Loose;

/** A valid event of its own (for cases that add many): `id`, in lane north. */
function extraEvent(id: string, start = '2012-06-01'): Base['events'][number] {
  return {
    id, type: 'statement', title: `Event ${id}`, when: { start, basis: 'stated' },
    participants: [{ actor: 'north-state', role: 'actor' }],
    evidence: [{ source: 's1', start: 0, end: QUOTE.length, text: QUOTE }],
  };
}

/** `base` changed by `change`, as a `build` function. */
function edit(change: (d: Base) => unknown): () => unknown {
  return () => {
    const d = baseDataset();
    const replaced = change(d);
    return replaced === undefined ? d : replaced;
  };
}

// ─── Text fields and payloads ────────────────────────────────────────────────────────────────

/** Every free-text field of the format: its path in the base dataset and how to set it. */
const TEXT_FIELDS: readonly { path: string; set: (d: Base, value: string) => void }[] = [
  { path: 'lanes[0].label', set: (d, v) => { d.lanes[0]!.label = v; } },
  { path: 'actors[0].name', set: (d, v) => { d.actors[0]!.name = v; } },
  { path: 'actors[2].aliases[0]', set: (d, v) => { d.actors[2]!.aliases![0] = v; } },
  { path: 'actors[2].titles[0].title', set: (d, v) => { d.actors[2]!.titles![0]!.title = v; } },
  { path: 'actors[2].codes.cameo', set: (d, v) => { d.actors[2]!.codes!.cameo = v; } },
  { path: 'issues[0].label', set: (d, v) => { d.issues[0]!.label = v; } },
  { path: 'issues[0].description', set: (d, v) => { d.issues[0]!.description = v; } },
  { path: 'sources[0].title', set: (d, v) => { d.sources[0]!.title = v; } },
  { path: 'sources[0].publisher', set: (d, v) => { d.sources[0]!.publisher = v; } },
  { path: 'sources[0].file', set: (d, v) => { d.sources[0]!.file = v; } },
  { path: 'events[0].title', set: (d, v) => { d.events[0]!.title = v; } },
  { path: 'events[0].summary', set: (d, v) => { d.events[0]!.summary = v; } },
  { path: 'events[0].when.phrase', set: (d, v) => { d.events[0]!.when.phrase = v; } },
  { path: 'events[2].when.note', set: (d, v) => { d.events[2]!.when.note = v; } },
  {
    path: 'events[0].evidence[0].text',
    set: (d, v) => { Object.assign(d.events[0]!.evidence[0]!, { text: v, end: v.length }); },
  },
  { path: 'events[0].codes.plover.mode', set: (d, v) => { loose(d.events[0]!.codes).plover.mode = v; } },
  { path: 'events[0].codes.plover.context[0]', set: (d, v) => { loose(d.events[0]!.codes).plover.context[0] = v; } },
  { path: 'stances[0].condition', set: (d, v) => { d.stances[0]!.condition = v; } },
];

const RUN = `globalThis.${HOSTILE_MARKER}=true`;

/** Text that would run, fetch or restyle if it were ever treated as anything but text. */
const MARKUP_PAYLOADS: Readonly<Record<string, string>> = {
  'a script element': `<script>${RUN}</script>`,
  'an onerror handler': `<img src="${BEACON_ORIGIN}/img" onerror="${RUN}">`,
  'an svg onload': `<svg onload="${RUN}"><circle r="9"/></svg>`,
  'closing tags then a script': `</text></tspan></svg></style></title><script>${RUN}</script>`,
  'template syntax': `\${${RUN}} {{constructor.constructor('${RUN}')()}} <%= 1 %>`,
  'a javascript: link': `<a href="javascript:${RUN}">click</a> javascript:${RUN}`,
  'a style element': `<style>*{background:url(${BEACON_ORIGIN}/style)}</style>`,
  'entities and quotes': `&lt;b&gt; &amp; "double" 'single' \`back\``,
};

/** Characters that break naive text handling: control, bidi, invisible, unpaired UTF-16. */
const CHARACTER_PAYLOADS: Readonly<Record<string, string>> = {
  'C0 control characters': 'a\u0001b\u0008c\u000bd\u001be\u001ff\u007fg',
  'a NUL character': 'before\u0000after',
  'bidi overrides': '\u202Eevil\u202C \u2066isolate\u2069 \u200Fright-to-left mark \u061C',
  'zero-width characters': 'zero\u200Bwidth\u200C\u200D\uFEFFjoiners',
  'a lone high surrogate': 'lone \uD800 high',
  'a lone low surrogate': 'lone \uDFFF low',
  'line and paragraph separators': 'line\u2028separator\u2029paragraph\r\nCRLF',
  'combining marks': `Z${'\u0336\u0337\u0338'.repeat(200)}algo`,
};

// ─── Limits (kept in step with DATASET_LIMITS in core by the Node test) ─────────────────────

const MB = 1024 * 1024;

function textCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const field of TEXT_FIELDS) {
    for (const [what, payload] of Object.entries(MARKUP_PAYLOADS)) {
      cases.push({ name: `${what} in ${field.path}`, group: 'markup', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => field.set(d, payload)) });
    }
    for (const [what, payload] of Object.entries(CHARACTER_PAYLOADS)) {
      cases.push({ name: `${what} in ${field.path}`, group: 'characters', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => field.set(d, payload)) });
    }
    cases.push({
      name: `1 MB in ${field.path}`, group: 'size', size: 'large', json: true, expect: 'error', path: field.path,
      mentions: 'at most', build: edit((d) => field.set(d, 'x'.repeat(MB))),
    });
  }
  cases.push({
    name: '1 MB in every text field', group: 'size', size: 'large', json: true, expect: 'error', path: 'events[0].title',
    build: edit((d) => { for (const field of TEXT_FIELDS) field.set(d, `${field.path} `.padEnd(MB, 'y')); }),
  });
  return cases;
}

// ─── CSS in the style-bearing fields ─────────────────────────────────────────────────────────

const COLOUR_FIELDS: readonly { path: string; set: (d: Base, value: string) => void }[] = [
  { path: 'lanes[0].color', set: (d, v) => { d.lanes[0]!.color = v; } },
  { path: 'actors[0].color', set: (d, v) => { d.actors[0]!.color = v; } },
];

/** Not colours: each would make CSS fetch, read the page's variables or escape its declaration. */
const BAD_COLOURS: readonly string[] = [
  `url(${BEACON_ORIGIN}/lane)`,
  `image-set("${BEACON_ORIGIN}/set.png" 1x)`,
  `-webkit-image-set(url(${BEACON_ORIGIN}/w) 1x)`,
  'var(--syria-timeline-supports-color)',
  `red; background-image: url(${BEACON_ORIGIN}/decl)`,
  'red; } :host { display: none } x {',
  'red /* comment */',
  'expression(alert(1))',
  'calc(1px + 2px)',
  `rgb(1 2 3 / url(${BEACON_ORIGIN}/alpha))`,
  `rgb(var(--x), 0, 0)`,
  '#fff;',
  '#ggg',
  '#12345',
  'red\u0000',
  ' red',
  'RED',
  'notacolour',
  'currentcolor',
  'inherit',
  '',
];

/** Colours of every accepted form. */
const GOOD_COLOURS: readonly string[] = [
  '#c0392b', '#C0392B', '#abc', '#abcd', '#aabbccdd', 'rgb(1, 2, 3)', 'rgb(1 2 3)', 'rgba(1, 2, 3, 0.5)',
  'rgb(10% 20% 30% / 50%)', 'hsl(120 50% 50%)', 'hsla(120, 50%, 50%, .5)', 'hsl(-30.5 100% 0%)', 'teal',
  'rebeccapurple', 'transparent',
];

function colourCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const field of COLOUR_FIELDS) {
    for (const colour of BAD_COLOURS) {
      cases.push({ name: `colour ${JSON.stringify(colour)} in ${field.path}`, group: 'css', size: 'small', json: true,
        expect: 'error', path: field.path, build: edit((d) => field.set(d, colour)) });
    }
    for (const colour of GOOD_COLOURS) {
      cases.push({ name: `colour ${JSON.stringify(colour)} in ${field.path}`, group: 'css', size: 'small', json: true,
        expect: 'drawn', build: edit((d) => field.set(d, colour)) });
    }
  }
  return cases;
}

// ─── Dates ───────────────────────────────────────────────────────────────────────────────────

/** Dates within the supported range, years 0000 to 9999: drawn. */
const GOOD_DATES = ['0000', '0000-01-01', '0001', '0001-01-01', '9999', '9999-12', '9999-12-31', '2000-02-29', '0400-02-29'];
/** Outside the profile or the calendar: errors. */
const BAD_DATES = ['-000501', '-0001', '+2012', '10000', '10000-01-01', '2012-13', '2012-00', '2013-02-29', '1900-02-29',
  '2012-02-30', '2012-1-1', ' 2012', '2012 ', '2012\u0000', '\u0662\u0660\u0661\u0662', '２０１２', '2012-02-07T10:00',
  'NaN', '', '2012~?'];

/** Years outside 0000–9999: the error names the supported range. */
const OUT_OF_RANGE = ['-000501', '-0001', '+2012', '10000', '10000-01-01'];

function dateCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const date of GOOD_DATES) {
    cases.push({ name: `date ${date} in events[1].when.start`, group: 'dates', size: 'small', json: true, expect: 'drawn',
      build: edit((d) => { d.events[1]!.when = { start: date, basis: 'stated' }; }) });
  }
  cases.push({
    name: 'every date in year 0000 or 9999', group: 'dates', size: 'small', json: true, expect: 'drawn',
    build: edit((d) => {
      d.events[0]!.when.start = '0000-01-01';
      d.events[1]!.when = { start: '0000', end: '9999-12-31', basis: 'stated' };
      d.events[2]!.when.start = '9999-12-31';
      d.stances[0]!.when.start = '0000-01';
      d.stances[0]!.until = '9999-12-31';
      d.sources[0]!.dateline.start = '9999-12-31';
    }),
  });
  for (const date of BAD_DATES) {
    cases.push({ name: `date ${JSON.stringify(date)} in events[1].when.start`, group: 'dates', size: 'small', json: true,
      expect: 'error', path: 'events[1].when.start', ...(OUT_OF_RANGE.includes(date) ? { mentions: '0000 to 9999' } : {}),
      build: edit((d) => { d.events[1]!.when.start = date; }) });
  }
  cases.push(
    { name: 'an end before its start', group: 'dates', size: 'small', json: true, expect: 'error', path: 'events[1].when.end',
      build: edit((d) => { d.events[1]!.when.end = '2011'; }) },
    { name: 'a date as a number', group: 'dates', size: 'small', json: true, expect: 'error', path: 'events[1].when.start',
      build: edit((d) => { loose(d.events[1]!.when).start = 2012; }) },
    { name: 'a Date object as a date', group: 'dates', size: 'small', json: false, expect: 'error', path: 'events[1].when.start',
      build: edit((d) => { loose(d.events[1]!.when).start = new Date(Date.UTC(2012, 1, 1)); }) },
  );
  return cases;
}

// ─── Numbers ─────────────────────────────────────────────────────────────────────────────────

function numberCases(): HostileCase[] {
  const order = (value: unknown, expect: HostileOutcome, json: boolean, mentions?: string): HostileCase => ({
    name: `lane order ${String(value)}`, group: 'numbers', size: 'small', json, expect,
    ...(expect === 'error' ? { path: 'lanes[0].order' } : {}), ...(mentions ? { mentions } : {}),
    build: edit((d) => { loose(d.lanes[0]).order = value; }),
  });
  const offsets = (name: string, start: unknown, end: unknown, expect: HostileOutcome, field: string, json = true): HostileCase => ({
    name, group: 'numbers', size: 'small', json, expect, ...(expect === 'error' ? { path: `events[0].evidence[0].${field}` } : {}),
    build: edit((d) => { Object.assign(loose(d.events[0]!.evidence[0]), { start, end }); }),
  });
  return [
    order(1e308, 'drawn', true), order(-1e308, 'drawn', true), order(-0, 'drawn', true), order(Number.MAX_SAFE_INTEGER, 'drawn', true),
    order(Number.MIN_VALUE, 'drawn', true),
    order(Number.NaN, 'error', false, 'got NaN'), order(Number.POSITIVE_INFINITY, 'error', false, 'got Infinity'),
    order(Number.NEGATIVE_INFINITY, 'error', false, 'got -Infinity'), order('1', 'error', true), order(null, 'error', true),
    order(10n, 'error', false, 'got 10'),
    offsets('huge quote offsets', 1e15, 1e15 + QUOTE.length, 'drawn', ''),
    offsets('a negative quote offset', -1, QUOTE.length - 1, 'error', 'start'),
    offsets('a fractional quote offset', 0.5, QUOTE.length + 0.5, 'error', 'start'),
    offsets('a NaN quote offset', Number.NaN, QUOTE.length, 'error', 'start', false),
    offsets('an Infinity quote end', 0, Number.POSITIVE_INFINITY, 'error', 'end', false),
    offsets('offsets past 2^53', 2 ** 60, 2 ** 60 + QUOTE.length, 'error', 'end'),
    { name: 'version 2', group: 'numbers', size: 'small', json: true, expect: 'error', path: 'version',
      build: edit((d) => { loose(d).version = 2; }) },
    { name: 'version NaN', group: 'numbers', size: 'small', json: false, expect: 'error', path: 'version', mentions: 'got NaN',
      build: edit((d) => { loose(d).version = Number.NaN; }) },
  ];
}

// ─── Prototype keys ──────────────────────────────────────────────────────────────────────────

const PROTO_IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'proto'];
const NOT_SLUG_PROTO_IDS = ['__proto__', 'toString', '__defineGetter__', 'prototype ', 'constructor.prototype'];

/** The base dataset with every id of one collection renamed, references included. */
function renameActor(d: Base, from: string, to: string) {
  const swap = (value: string) => (value === from ? to : value);
  for (const a of d.actors) {
    a.id = swap(a.id);
    if (a.partOf !== undefined) a.partOf = swap(a.partOf);
  }
  for (const e of d.events) {
    for (const p of e.participants) p.actor = swap(p.actor);
    for (const q of e.evidence) if ('speaker' in q && q.speaker !== undefined) q.speaker = swap(q.speaker);
  }
  for (const s of d.stances) {
    s.actor = swap(s.actor);
    for (const q of s.evidence) if (q.speaker !== undefined) q.speaker = swap(q.speaker);
  }
}

function renameSource(d: Base, to: string) {
  d.sources[0]!.id = to;
  d.events[0]!.when.anchor = to;
  for (const item of [...d.events, ...d.stances]) for (const q of item.evidence) q.source = to;
}

function prototypeCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const id of PROTO_IDS) {
    cases.push(
      { name: `actor id ${id}`, group: 'prototype', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => renameActor(d, 'north-minister', id)) },
      { name: `lane id ${id}`, group: 'prototype', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => { d.lanes[1]!.id = id; d.actors[3]!.lane = id; }) },
      { name: `issue id ${id}`, group: 'prototype', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => { d.issues[0]!.id = id; d.events[0]!.issues = [id]; d.stances[0]!.issue = id; }) },
      { name: `source id ${id}`, group: 'prototype', size: 'small', json: true, expect: 'drawn',
        build: edit((d) => renameSource(d, id)) },
      { name: `source id ${id} with sourceTexts that lack it`, group: 'prototype', size: 'small', json: true, expect: 'drawn',
        options: { sourceTexts: {} }, build: edit((d) => renameSource(d, id)) },
      { name: `evidence source ${id}, which no source has`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'events[0].evidence[0].source', options: { sourceTexts: {} },
        build: edit((d) => { d.events[0]!.evidence[0]!.source = id; }) },
      { name: `anchor ${id}, which no source has`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'events[0].when.anchor', options: { sourceTexts: { s1: QUOTE } },
        build: edit((d) => { d.events[0]!.when.anchor = id; }) },
    );
  }
  for (const id of NOT_SLUG_PROTO_IDS) {
    cases.push(
      { name: `actor id ${JSON.stringify(id)}`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'actors[2].id', build: edit((d) => renameActor(d, 'north-minister', id)) },
      { name: `evidence source ${JSON.stringify(id)}`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'events[0].evidence[0].source', build: edit((d) => { d.events[0]!.evidence[0]!.source = id; }) },
      { name: `evidence source ${JSON.stringify(id)} with sourceTexts`, group: 'prototype', size: 'small', json: true,
        expect: 'error', path: 'events[0].evidence[0].source', options: { sourceTexts: { s1: QUOTE } },
        build: edit((d) => { d.events[0]!.evidence[0]!.source = id; }) },
      { name: `anchor ${JSON.stringify(id)} with sourceTexts`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'events[0].when.anchor', options: { sourceTexts: { s1: QUOTE } },
        build: edit((d) => { d.events[0]!.when.anchor = id; }) },
      { name: `speaker ${JSON.stringify(id)}`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'events[1].evidence[0].speaker', build: edit((d) => { d.events[1]!.evidence[0]!.speaker = id; }) },
      { name: `lane reference ${JSON.stringify(id)}`, group: 'prototype', size: 'small', json: true, expect: 'error',
        path: 'actors[0].lane', build: edit((d) => { d.actors[0]!.lane = id; }) },
    );
  }
  cases.push(
    { name: 'sourceTexts with an own "__proto__" key', group: 'prototype', size: 'small', json: false, expect: 'drawn',
      options: { sourceTexts: JSON.parse(`{"__proto__": "x", "constructor": "y", "s1": ${JSON.stringify(QUOTE)}}`) as Record<string, string> },
      build: edit((d) => {
        // The second quote is not in this short text: keep to the quotes that are.
        d.events.splice(1, 1);
        d.stances = [];
      }) },
    { name: 'a top-level "__proto__" field', group: 'prototype', size: 'small', json: true, expect: 'error', path: '__proto__',
      build: () => JSON.parse(JSON.stringify(baseDataset()).replace('{', '{"__proto__": {"version": 2},')) },
    { name: 'an event with a "__proto__" field', group: 'prototype', size: 'small', json: true, expect: 'error',
      path: 'events[0].__proto__',
      build: () => JSON.parse(JSON.stringify(baseDataset()).replace('"id":"e1"', '"__proto__":{"title":"x"},"id":"e1"')) },
    { name: 'an event with a "constructor" field', group: 'prototype', size: 'small', json: true, expect: 'error',
      path: 'events[0].constructor', build: edit((d) => { Object.defineProperty(d.events[0], 'constructor', { value: 'x', enumerable: true }); }) },
    // valibot's strict objects read fields with `in` (inherited ones too), and so does the fast check: consistent.
    { name: 'an event whose prototype has a title', group: 'prototype', size: 'small', json: false, expect: 'drawn',
      build: edit((d) => {
        const { title: _title, ...rest } = d.events[0]!;
        d.events[0] = Object.assign(Object.create({ title: 'inherited' }) as object, rest) as Base['events'][number];
      }) },
    { name: 'a dataset with a null prototype', group: 'prototype', size: 'small', json: false, expect: 'drawn',
      build: () => Object.assign(Object.create(null) as object, baseDataset()) },
  );
  return cases;
}

// ─── Throwing getters and Proxies ────────────────────────────────────────────────────────────

function thrower(): never {
  throw new Error('hostile getter');
}

function getterCases(): HostileCase[] {
  const getter = (name: string, path: string, put: (d: Base) => void): HostileCase => ({
    name, group: 'getters', size: 'small', json: false, expect: 'error', build: edit(put), ...(path ? { path } : {}),
  });
  return [
    getter('a throwing getter on the dataset', '', (d) => { Object.defineProperty(d, 'events', { get: thrower, enumerable: true }); }),
    getter('a throwing getter on an event title', '', (d) => {
      Object.defineProperty(d.events[0], 'title', { get: thrower, enumerable: true });
    }),
    getter('a throwing getter on an array index', '', (d) => {
      Object.defineProperty(d.events, 1, { get: thrower, enumerable: true });
    }),
    getter('a throwing length', '', (d) => {
      d.events = new Proxy(d.events, { get: (t, k) => (k === 'length' ? thrower() : Reflect.get(t, k)) });
    }),
    { name: 'a Proxy that throws on every trap', group: 'getters', size: 'small', json: false, expect: 'error', path: '',
      build: () => new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower }) },
    { name: 'a revoked Proxy', group: 'getters', size: 'small', json: false, expect: 'error', path: '',
      build: () => { const p = Proxy.revocable(baseDataset(), {}); p.revoke(); return p.proxy; } },
    { name: 'a Proxy that lies about its keys', group: 'getters', size: 'small', json: false, expect: 'error',
      build: () => new Proxy(baseDataset(), { ownKeys: () => ['version', 'version'] }) },
    { name: 'a transparent Proxy around a valid dataset', group: 'getters', size: 'small', json: false, expect: 'drawn',
      build: () => new Proxy(baseDataset(), {}) },
  ];
}

// ─── Structure: cycles, chains, holes, many problems, many lanes ─────────────────────────────

/** `count` actors in one `partOf` chain: `chain-0` (leaf) → … → `chain-{count-1}` (root, in lane north). */
function partOfChain(count: number, leafFirst: boolean): Base['actors'] {
  const actors: Base['actors'] = [];
  for (let i = 0; i < count; i++) {
    actors.push(i === count - 1
      ? { id: `chain-${i}`, name: `Chain ${i}`, kind: 'body', lane: 'north' }
      : { id: `chain-${i}`, name: `Chain ${i}`, kind: 'body', partOf: `chain-${i + 1}` });
  }
  return leafFirst ? actors : actors.reverse();
}

/** `list.push(...items)` without spreading 200,000 arguments onto the stack. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** Ranges of events and lanes the limits allow (kept in step with DATASET_LIMITS by the Node test). */
export const HOSTILE_SIZES = { lanes: 1_000, chain: 200_000, problems: 100_000, sparseEvents: 10_000_000 } as const;

function structureCases(): HostileCase[] {
  const s = HOSTILE_SIZES;
  const big = (name: string, expect: HostileOutcome, build: () => unknown, extra: Partial<HostileCase> = {}): HostileCase => ({
    name, group: 'structure', size: 'large', json: true, expect, build, ...extra,
  });
  const small = (name: string, expect: HostileOutcome, build: () => unknown, extra: Partial<HostileCase> = {}): HostileCase => ({
    name, group: 'structure', size: 'small', json: true, expect, build, ...extra,
  });
  return [
    small('a partOf cycle of two', 'error', edit((d) => { d.actors[0]!.partOf = 'north-mfa'; }), { path: 'actors[0].partOf' }),
    small('an actor part of itself', 'error', edit((d) => { d.actors[0]!.partOf = 'north-state'; }), { path: 'actors[0].partOf' }),
    big(`${s.chain.toLocaleString('en')} actors in a partOf chain, leaf first`, 'drawn',
      edit((d) => { append(d.actors, partOfChain(s.chain, true)); })),
    big(`${s.chain.toLocaleString('en')} actors in a partOf chain, root first`, 'drawn',
      edit((d) => { append(d.actors, partOfChain(s.chain, false)); })),
    big(`${s.chain.toLocaleString('en')} actors in a partOf chain, leaf first, plus one error`, 'error',
      edit((d) => { append(d.actors, partOfChain(s.chain, true)); d.events[0]!.title = ''; }), { path: 'events[0].title' }),
    big(`${s.chain.toLocaleString('en')} actors in a partOf cycle`, 'error', edit((d) => {
      const chain = partOfChain(s.chain, true);
      loose(chain[chain.length - 1]).partOf = 'chain-0';
      append(d.actors, chain);
    })),
    small('an object that contains itself', 'error', edit((d) => { loose(d.events[0]!.codes).self = d.events[0]; }),
      { json: false, path: 'events[0].codes.self' }),
    small('a dataset that contains itself', 'error', edit((d) => { loose(d).events = [d]; }), { json: false }),
    small('a value nested 100,000 deep', 'error', edit((d) => {
      let deep: unknown = [];
      for (let i = 0; i < 100_000; i++) deep = [deep];
      loose(d.events[0]!.when).start = deep;
    }), { json: false, path: 'events[0].when.start' }),
    small('a hole in the events', 'error', edit((d) => {
      const events: unknown[] = [d.events[0]];
      events.length = 3;
      events[2] = d.events[1];
      loose(d).events = events;
    }), { json: false, path: 'events[1]', mentions: 'empty slot' }),
    big(`${s.sparseEvents.toLocaleString('en')} sparse events`, 'error', edit((d) => {
      const events: unknown[] = [];
      events.length = s.sparseEvents;
      events[0] = d.events[0];
      loose(d).events = events;
    }), { json: false, path: 'events', mentions: '1,000,000' }),
    big('1,000,001 events', 'error', edit((d) => {
      const events = new Array<unknown>(1_000_001).fill(d.events[0]);
      loose(d).events = events;
    }), { json: false, path: 'events', mentions: '1,000,000' }),
    big('a million participants', 'error', edit((d) => {
      const p = d.events[0]!.participants[0]!;
      d.events[0]!.participants = new Array<typeof p>(1_000_000).fill(p);
    }), { json: false, path: 'events[0].participants' }),
    big(`${s.problems.toLocaleString('en')} problems`, 'error', edit((d) => {
      for (let i = 0; i < s.problems; i++) d.events.push({ ...extraEvent(`bad-${i}`), when: { start: '2012-13', basis: 'stated' } });
    }), { path: 'events[3].when.start' }),
    big(`${s.problems.toLocaleString('en')} duplicate ids`, 'error', edit((d) => {
      for (let i = 0; i < s.problems; i++) d.events.push(extraEvent('e1'));
    }), { path: `events[${s.problems + 2}].id` }),
    big(`${s.problems.toLocaleString('en')} unknown actors`, 'error', edit((d) => {
      for (let i = 0; i < s.problems; i++) {
        const e = extraEvent(`x-${i}`);
        e.participants[0]!.actor = `ghost-${i}`;
        d.events.push(e);
      }
    }), { path: 'events[3].participants[0].actor' }),
    big(`${s.lanes.toLocaleString('en')} lanes`, 'drawn', edit((d) => {
      for (let i = 2; i < s.lanes; i++) {
        d.lanes.push({ id: `lane-${i}`, label: `Lane ${i}`, order: i, color: '#5d6d7e' });
        d.actors.push({ id: `lane-actor-${i}`, name: `Actor ${i}`, kind: 'state', lane: `lane-${i}` });
        const e = extraEvent(`lane-event-${i}`, `2012-0${1 + (i % 9)}-1${i % 10}`);
        e.participants[0]!.actor = `lane-actor-${i}`;
        d.events.push(e);
      }
    })),
    big(`${(s.lanes + 1).toLocaleString('en')} lanes`, 'error', edit((d) => {
      for (let i = 2; i <= s.lanes; i++) d.lanes.push({ id: `lane-${i}`, label: `Lane ${i}`, order: i, color: '#5d6d7e' });
    }), { path: 'lanes', mentions: '1,000' }),
    small('an empty dataset', 'drawn', () => ({ version: 1, lanes: [], actors: [], issues: [], sources: [], events: [], stances: [] })),
    small('an array instead of a dataset', 'error', () => [baseDataset()], { path: 'version' }),
    small('a string instead of a dataset', 'error', () => JSON.stringify(baseDataset()), { path: '' }),
    small('a number instead of a dataset', 'error', () => 42, { path: '' }),
    small('a javascript: source url', 'error', edit((d) => { d.sources[0]!.url = `javascript:${RUN}`; }), { path: 'sources[0].url' }),
    small('a JavaScript: source url in mixed case', 'error', edit((d) => { d.sources[0]!.url = `JaVaScRiPt:${RUN}`; }), { path: 'sources[0].url' }),
    small('a data: source url', 'error', edit((d) => { d.sources[0]!.url = 'data:text/html,<script>alert(1)</script>'; }), { path: 'sources[0].url' }),
    small('a vbscript: source url', 'error', edit((d) => { d.sources[0]!.url = 'vbscript:msgbox(1)'; }), { path: 'sources[0].url' }),
    small('a protocol-relative source url', 'error', edit((d) => { d.sources[0]!.url = `//hostile.invalid/x`; }), { path: 'sources[0].url' }),
    small('a source url with a tab in its scheme', 'error', edit((d) => { d.sources[0]!.url = 'java\tscript:alert(1)'; }), { path: 'sources[0].url' }),
    small('an https source url on the beacon origin', 'drawn', edit((d) => { d.sources[0]!.url = `${BEACON_ORIGIN}/source`; })),
    small('a symbol as a title', 'error', edit((d) => { loose(d.events[0]).title = Symbol('title'); }), { json: false, path: 'events[0].title' }),
    small('a function as a title', 'error', edit((d) => { loose(d.events[0]).title = () => 'title'; }), { json: false, path: 'events[0].title' }),
  ];
}

/**
 * Every case of the corpus, freshly generated (builds run only when called). Names are unique.
 *
 * @example
 * for (const c of hostileCases()) check(c.name, () => parseDataset(c.build(), c.options), c.expect);
 */
export function hostileCases(): HostileCase[] {
  return [...textCases(), ...colourCases(), ...dateCases(), ...numberCases(), ...prototypeCases(), ...getterCases(), ...structureCases()];
}
