import {
  array, boolean, description, exactOptional, finite, integer, literal, maxLength, minLength, minValue, number, picklist,
  pipe, regex, strictObject, string, tupleWithRest, type GenericSchema,
} from 'valibot';
import { EDTF_PROFILE_PATTERN } from '../dates/index.js';
import { SAFE_URL_PATTERN } from './safe-url.js';
import { SAFE_COLOR_PATTERN } from './safe-color.js';
import { DATASET_LIMITS, formatCount } from './dataset-limits.js';
import {
  ACTOR_KINDS, CAMEO_EVENT_PATTERN, EVENT_TYPES, LANG_PATTERN, PLOVER_EVENTS, POSITIONS, RELATION_KINDS, ROLES, SHA256_PATTERN,
  SLUG_PATTERN, STANCE_BASES, WHEN_BASES, WIKIDATA_PATTERN,
} from './dataset-vocabulary.js';

// Structure only: types, enums, slugs, required fields, and unknown fields (strict objects, so a
// typo such as `tittle` is reported rather than silently dropped). Rules that need more than one
// value (references, date order, quote slices) are in check-*.ts. The schema is also the source of
// dataset.schema.json, so every message and description here is written for dataset authors.

const { shortText: SHORT, longText: LONG } = DATASET_LIMITS;
const characters = (max: number) => `at most ${formatCount(max)} characters (DATASET_LIMITS)`;
const SLUG = 'an id: lowercase letters, digits and hyphens, starting with a letter or digit';
const id = pipe(string(), maxLength(SHORT, characters(SHORT)), regex(SLUG_PATTERN, SLUG), description(SLUG));
const ref = (what: string) =>
  pipe(string(), maxLength(SHORT, characters(SHORT)), regex(SLUG_PATTERN, SLUG), description(`the id of ${what}`));
/** A non-empty string of at most `max` UTF-16 code units. */
const text = (about: string, max: number = SHORT) =>
  pipe(string(), minLength(1, 'a non-empty string'), maxLength(max, characters(max)), description(about));
const lang = (about: string) =>
  exactOptional(pipe(string(), regex(LANG_PATTERN, "a BCP 47 language tag such as 'en' or 'pt-BR'"), description(about)));
const edtf = (about: string) =>
  pipe(
    string(),
    regex(EDTF_PROFILE_PATTERN, "an EDTF date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (years 0000 to 9999; XX for an unspecified part), optionally followed by ~, ? or %"),
    description(`${about}: an EDTF date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (years 0000 to 9999), optionally followed by ~ (approximate), ? (uncertain) or % (both)`),
  );
/** A list of at most `max` items. */
const list = <T extends GenericSchema>(item: T, max: number, what = 'items') =>
  pipe(array(item), maxLength(max, `a list of at most ${formatCount(max)} ${what} (DATASET_LIMITS)`));
const LIST = DATASET_LIMITS.listItems;
/**
 * What a colour may be, in words (the `expected` of a DatasetError). Here rather than beside
 * `SAFE_COLOR_PATTERN`: the element's first load holds safe-color.ts (it checks colours before use),
 * and this text is only for the lazily loaded schema.
 */
const SAFE_COLOR_EXPECTED =
  "a colour: '#rgb', '#rrggbb' (or with alpha, '#rgba', '#rrggbbaa'), 'rgb(…)', 'rgba(…)', 'hsl(…)' or 'hsla(…)' " +
  "of numbers and percentages, or a CSS colour name in lowercase such as 'teal' (no url(), var() or other CSS)";
const colour = (about: string) =>
  pipe(string(), maxLength(SHORT, characters(SHORT)), regex(SAFE_COLOR_PATTERN, SAFE_COLOR_EXPECTED), description(about));
const offset = (about: string) =>
  pipe(number(), integer('a whole number'), minValue(0, 'a number ≥ 0'), description(about));

const whenSchema = strictObject({
  start: edtf('The start, or the only date'),
  end: exactOptional(edtf('The end of a range; must not precede start')),
  basis: pipe(picklist(WHEN_BASES),
    description("stated: absolute in the text; resolved: relative ('on Tuesday') to a source's dateline; " +
      "article: not dated by the sentence, dated by its article's date (anchor); inferred: outside knowledge (note). " +
      "A stated date whose note says the text does not date it is an error")),
  phrase: exactOptional(text("The words as written ('on Tuesday'); required when basis is resolved")),
  anchor: exactOptional(ref('the source whose dateline a resolved date was computed from, or whose date an article date is; required for both')),
  note: exactOptional(text('What outside knowledge fixed the date; required when basis is inferred', LONG)),
  outsideNote: exactOptional(text("Outside reporting that differs from the text (the text's date is kept); shown as 'Outside knowledge: …'", LONG)),
});

const evidenceSchema = strictObject({
  source: ref('the source quoted'),
  start: exactOptional(offset('Inclusive UTF-16 offset of the quote in the source text')),
  end: exactOptional(offset('Exclusive UTF-16 offset: sourceText.slice(start, end) === text')),
  text: text('The quote, exactly as in the source', LONG),
  speaker: exactOptional(ref('the person, body or group whose own words the quote is')),
});
const evidenceList = pipe(tupleWithRest([evidenceSchema], evidenceSchema),
  maxLength(LIST, `a list of at most ${formatCount(LIST)} quotes (DATASET_LIMITS)`));

const laneSchema = strictObject({
  id,
  label: text('The lane heading'),
  order: pipe(number(), finite('a finite number'), description('Default top-to-bottom order (ascending)')),
  color: colour("Colour of the lane: '#c0392b', 'rgb(192 57 43)', 'hsl(6 63% 46%)' or a lowercase CSS colour name; nothing else (no url(), var())"),
});

const actorSchema = strictObject({
  id,
  name: text("Name as shown: 'Sergei Lavrov'"),
  kind: picklist(ACTOR_KINDS),
  aliases: exactOptional(list(text('A surface form in the sources'), LIST, 'aliases')),
  partOf: exactOptional(ref('the actor this one belongs to (no cycles)')),
  lane: exactOptional(ref("the actor's lane; inherited through partOf when absent")),
  color: exactOptional(colour('Override of the lane colour, in the same forms')),
  titles: exactOptional(list(strictObject({
    title: text("'Prime Minister'"),
    from: exactOptional(edtf('Held from')),
    until: exactOptional(edtf('Held until')),
  }), LIST, 'titles')),
  codes: exactOptional(strictObject({
    cameo: exactOptional(text("CAMEO actor code, e.g. 'RUSGOV'")),
    wikidata: exactOptional(pipe(string(), maxLength(SHORT, characters(SHORT)), regex(WIKIDATA_PATTERN, "a Wikidata id such as 'Q159'"))),
  })),
});

const eventSchema = strictObject({
  id,
  type: picklist(EVENT_TYPES),
  title: text('Short plain-text headline'),
  summary: exactOptional(text('One or two plain sentences', LONG)),
  when: whenSchema,
  participants: pipe(list(strictObject({
    actor: ref('an actor'),
    role: picklist(ROLES),
  }), LIST, 'participants'), description("Who took part; at least one with role 'actor'")),
  issues: exactOptional(list(ref('an issue'), LIST, 'issues')),
  evidence: pipe(evidenceList, description('At least one quote; the first is the primary one')),
  codes: exactOptional(strictObject({
    cameo: exactOptional(pipe(string(), regex(CAMEO_EVENT_PATTERN, "a CAMEO event code of 2 to 4 digits, as a string ('042')"))),
    plover: exactOptional(strictObject({
      event: picklist(PLOVER_EVENTS),
      mode: exactOptional(pipe(string(), maxLength(SHORT, characters(SHORT)))),
      context: exactOptional(list(pipe(string(), maxLength(SHORT, characters(SHORT))), LIST)),
    })),
  })),
  background: exactOptional(pipe(boolean(), description('Context the articles mention, drawn quieter'))),
});

const issueSchema = strictObject({
  id,
  label: text("The issue phrased as a proposition: 'Assad should step down'"),
  description: exactOptional(text('A plain sentence or two', LONG)),
});

const stanceSchema = strictObject({
  id,
  actor: ref('the actor taking the position'),
  issue: ref('the issue'),
  position: picklist(POSITIONS),
  condition: exactOptional(text("Makes the stance conditional: 'until Assad steps down'")),
  when: whenSchema,
  basis: picklist(STANCE_BASES),
  evidence: evidenceList,
  until: exactOptional(edtf('Only if the text itself ends the stance')),
});

const sourceSchema = strictObject({
  id,
  file: exactOptional(text("Path of the text, relative to the repository root: 'seeds/002_461fbc77ecd1b75f.txt'")),
  title: text('Headline as printed'),
  publisher: exactOptional(text("'Reuters'")),
  publisherNote: exactOptional(text('Why the publisher is thought to be so, when the text does not print it', LONG)),
  byline: exactOptional(text("The byline as printed: 'By Steve Gutterman'")),
  credits: exactOptional(text("Credits as printed: 'Reporting by …; Editing by …'", LONG)),
  url: exactOptional(pipe(string(), maxLength(LONG, characters(LONG)),
    regex(SAFE_URL_PATTERN, 'an absolute http: or https: URL (no javascript:, data: or relative URLs)'),
    description('Where the text was published; http(s) only'))),
  dateline: whenSchema,
  sha256: exactOptional(pipe(string(), regex(SHA256_PATTERN, 'a SHA-256 digest as 64 lowercase hex digits'))),
  lang: lang("Language of the source's text when it differs from the dataset's: 'ru'"),
});

const relationSchema = strictObject({
  id,
  kind: pipe(picklist(RELATION_KINDS), description('alliance, arms-supply, military-base, patronage, diplomatic-backing or other')),
  from: ref('the actor that supplies, backs, hosts a base for, or is the patron of `to`'),
  to: ref('the other actor'),
  label: text("Plain text: 'Russia supplies arms to the Syrian government'"),
  start: exactOptional(edtf('When it began; absent = before what the sources cover')),
  end: exactOptional(edtf('When it ended; absent = still in force at the last source; must not precede start')),
  basis: pipe(picklist(STANCE_BASES), description('How the relation is known: stated, reported (relayed by someone else) or inferred (note)')),
  note: exactOptional(text('Required when basis is inferred', LONG)),
  evidence: pipe(evidenceList, description('At least one quote')),
});

/** The named parts of the schema: they become the `definitions` of dataset.schema.json. */
export const datasetSchemaParts = {
  When: whenSchema, Evidence: evidenceSchema, Lane: laneSchema, Actor: actorSchema,
  TimelineEvent: eventSchema, Issue: issueSchema, Stance: stanceSchema, Source: sourceSchema, Relation: relationSchema,
};

/**
 * The structure of a `Dataset` as a valibot schema: types, enums, id slugs, required and unknown
 * fields. `parseDataset` runs it first and then checks references, dates and quotes; it is also
 * the source of `dataset.schema.json`.
 */
export const datasetSchema = strictObject({
  version: pipe(literal(1), description('Format version; 1')),
  lang: lang("Language of the dataset's text (titles, labels, quotes): 'en'. The element marks that text with it."),
  lanes: list(laneSchema, DATASET_LIMITS.lanes, 'lanes'),
  actors: list(actorSchema, DATASET_LIMITS.actors, 'actors'),
  issues: list(issueSchema, DATASET_LIMITS.issues, 'issues'),
  sources: list(sourceSchema, DATASET_LIMITS.sources, 'sources'),
  events: list(eventSchema, DATASET_LIMITS.events, 'events'),
  stances: list(stanceSchema, DATASET_LIMITS.stances, 'stances'),
  relations: exactOptional(list(relationSchema, DATASET_LIMITS.relations, 'relations')),
});
