import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse, tsvParse } from 'd3-dsv';
import {
  DatasetError, formatDatasetIssue, parseDataset,
  type Actor, type Dataset, type Evidence, type Issue, type Lane, type Participant, type Source, type TimelineEvent,
} from '@syria-timeline/core';
import { pathKeys } from '../json-locations.js';
import type { Problem } from '../problem.js';
import { evidenceIn, QuoteNotFoundError } from './quote.js';

/** The tables a spreadsheet may hold, each recognised by its columns (see templates/README.md). */
export type TableKind = 'events' | 'actors' | 'lanes' | 'sources' | 'issues';

/** The columns that make a table of each kind; `a|b`: either. */
const KIND_COLUMNS: readonly [TableKind, readonly string[]][] = [
  ['events', ['title', 'date']],
  ['actors', ['name', 'kind']],
  ['lanes', ['label', 'color']],
  // A source has a local text (file), or is known only by its URL.
  ['sources', ['dateline', 'file|url']],
  ['issues', ['id', 'label']],
];

/** Lane colours for lanes the tables do not colour: each ≥ 3:1 on white and on #1b1b1f, hues apart. */
export const DEFAULT_LANE_COLORS = ['#cc3d3d', '#1f8a4c', '#b06f00', '#3a7bd5', '#9b4dca', '#00838f', '#c2185b', '#7a7a00'];

/** Participant columns of the events table and the role each gives. */
const ROLE_COLUMNS = [['actors', 'actor'], ['recipients', 'recipient'], ['targets', 'target'], ['objects', 'object']] as const;

/** Where each field of an event was read from: a `parseDataset` path under `events[i]` → a column. */
const EVENT_COLUMNS: Record<string, string> = {
  id: 'id', type: 'type', title: 'title', summary: 'summary', issues: 'issues', background: 'background',
  'when.start': 'date', 'when.end': 'end', 'when.basis': 'basis', 'when.phrase': 'phrase', 'when.anchor': 'anchor',
  'when.note': 'note', when: 'date', evidence: 'quote', participants: 'actors',
};
const SOURCE_COLUMNS: Record<string, string> = {
  'dateline.start': 'dateline', 'dateline.basis': 'dateline_basis', 'dateline.note': 'dateline_note', dateline: 'dateline',
};

interface Table {
  kind: TableKind;
  file: string;
  columns: string[];
  rows: Record<string, string>[];
}

export interface ImportOptions {
  /** Where the sources table's `file`s are read from; by default the sources table's folder. */
  sourcesDir?: string;
}

export interface ImportResult {
  /** The dataset, when every row could be read and it is valid. */
  dataset?: Dataset;
  /** Each problem at its row (`line`, the header being row 1) and column. */
  problems: Problem[];
}

/**
 * Spreadsheet tables (CSV, or TSV by extension or content) → a valid dataset. The events table
 * has one row per event; its quote is found in the source's text (loosely: curly quotes, dashes,
 * spacing), so nobody counts offsets. Actors, lanes, sources and issues come from their own tables;
 * without an actors table each participant becomes an actor with a lane of its own.
 */
export async function importTables(files: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const problems: Problem[] = [];
  const tables: Table[] = [];
  for (const file of files) {
    const table = await readTable(file);
    if ('problem' in table) problems.push(table.problem);
    else tables.push(table);
  }
  const of = (kind: TableKind) => tables.filter((t) => t.kind === kind);
  if (of('events').length === 0) {
    problems.push({ file: files[0] ?? '(no file)', line: 1, message: 'no events table: expected one with the columns title and date (see the template)' });
    return { problems };
  }

  const builder = new DatasetBuilder(problems);
  for (const t of of('lanes')) builder.addLanes(t);
  for (const t of of('actors')) builder.addActors(t);
  for (const t of of('issues')) builder.addIssues(t);
  for (const t of of('sources')) await builder.addSources(t, options.sourcesDir ?? path.dirname(t.file));
  for (const t of of('events')) builder.addEvents(t);
  const dataset = builder.finish();
  if (problems.length > 0) return { problems };
  try {
    return { dataset: parseDataset(dataset, { sourceTexts: Object.fromEntries(builder.texts) }), problems };
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    for (const issue of e.issues) problems.push(builder.locate(issue.path, formatDatasetIssue(issue)));
    return { problems };
  }
}

async function readTable(file: string): Promise<Table | { problem: Problem }> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, ''); // spreadsheets often write a BOM
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const tsv = /\.(tsv|tab)$/i.test(file) || (firstLine.includes('\t') && !firstLine.includes(','));
  const parsed = (tsv ? tsvParse : csvParse)(text);
  const columns = parsed.columns.map((c) => c.trim());
  const kind = KIND_COLUMNS.find(([, needs]) => needs.every((c) => c.split('|').some((one) => columns.includes(one))))?.[0];
  if (!kind) {
    return {
      problem: {
        file, line: 1,
        message: `columns ${JSON.stringify(columns.join(','))}: expected the header of an events (title, date), actors (name, kind), ` +
          'lanes (label, color), sources (dateline, and file or url) or issues (id, label) table',
      },
    };
  }
  const rows = parsed.map((row) => Object.fromEntries(parsed.columns.map((c) => [c.trim(), (row[c] ?? '').trim()])));
  return { kind, file, columns, rows };
}

/** `;`-separated ids in one cell: `russia; china`. */
const list = (cell: string | undefined): string[] => (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const slug = (s: string): string => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'item';
const columnLetter = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Where one dataset item came from: its table and row. */
interface Origin {
  table: Table;
  row: number;
  /** For events: the column each participant was read from. */
  participantColumns?: string[];
}

class DatasetBuilder {
  readonly texts = new Map<string, string>();
  private readonly lanes: Lane[] = [];
  private readonly actors: Actor[] = [];
  private readonly issues: Issue[] = [];
  private readonly sources: Source[] = [];
  private readonly events: TimelineEvent[] = [];
  private readonly origins: Record<'lanes' | 'actors' | 'issues' | 'sources' | 'events', Origin[]> = {
    lanes: [], actors: [], issues: [], sources: [], events: [],
  };
  private readonly usedIds = new Set<string>();
  private readonly sourceFiles = new Map<string, string>();
  /** Sources known only by their URL (no file): their quotes are kept as written, without offsets. */
  private readonly urlOnly = new Set<string>();
  /** Source id by URL, so that an event's `source` cell may hold the URL instead of the id. */
  private readonly idByUrl = new Map<string, string>();
  /** Sources whose row was already reported (no text, no url): their quotes are not reported again. */
  private readonly unreadable = new Set<string>();

  constructor(private readonly problems: Problem[]) {}

  addLanes(t: Table): void {
    t.rows.forEach((r, i) => {
      this.lanes.push({
        id: r['id'] || slug(r['label'] ?? ''), label: r['label'] ?? '', color: r['color'] ?? '',
        order: r['order'] ? Number(r['order']) : this.lanes.length,
      });
      this.origins.lanes.push({ table: t, row: i + 2 });
    });
  }

  addActors(t: Table): void {
    t.rows.forEach((r, i) => {
      const actor: Actor = { id: r['id'] || slug(r['name'] ?? ''), name: r['name'] ?? '', kind: (r['kind'] ?? '') as Actor['kind'] };
      if (r['lane']) actor.lane = r['lane'];
      if (r['partOf']) actor.partOf = r['partOf'];
      if (r['aliases']) actor.aliases = list(r['aliases']);
      if (r['color']) actor.color = r['color'];
      this.actors.push(actor);
      this.origins.actors.push({ table: t, row: i + 2 });
    });
  }

  addIssues(t: Table): void {
    t.rows.forEach((r, i) => {
      const issue: Issue = { id: r['id'] ?? '', label: r['label'] ?? '' };
      if (r['description']) issue.description = r['description'];
      this.issues.push(issue);
      this.origins.issues.push({ table: t, row: i + 2 });
    });
  }

  async addSources(t: Table, dir: string): Promise<void> {
    for (const [i, r] of t.rows.entries()) {
      const file = r['file'] ?? '';
      const url = r['url'] ?? '';
      const id = r['id'] || slug(file ? path.basename(file, path.extname(file)) : url.replace(/^https?:\/\/(www\.)?/i, ''));
      const source: Source = {
        id, title: r['title'] || id,
        dateline: { start: r['dateline'] ?? '', basis: (r['dateline_basis'] || 'stated') as Source['dateline']['basis'] },
      };
      if (file) source.file = file;
      if (r['dateline_note']) source.dateline.note = r['dateline_note'];
      if (r['publisher']) source.publisher = r['publisher'];
      if (url) {
        source.url = url;
        this.idByUrl.set(url, id);
      }
      this.sources.push(source);
      this.origins.sources.push({ table: t, row: i + 2 });
      if (!file) {
        if (url) this.urlOnly.add(id);
        else {
          this.unreadable.add(id);
          this.cell(t, i + 2, 'file', "got nothing, expected the source's text file, or else its http(s) url in the url column " +
            '(a source known only by its URL; its quotes are kept as written)');
        }
        continue;
      }
      try {
        this.texts.set(id, await readFile(path.resolve(dir, file), 'utf8'));
        this.sourceFiles.set(id, path.resolve(dir, file));
      } catch {
        this.unreadable.add(id);
        this.cell(t, i + 2, 'file', `got ${JSON.stringify(file)}, expected a readable text file (looked in ${dir}; use --sources DIR), ` +
          'or an empty cell and the url of a source known only by its URL');
      }
    }
  }

  addEvents(t: Table): void {
    t.rows.forEach((r, i) => {
      const row = i + 2;
      const title = r['title'] ?? '';
      const id = this.uniqueId(r['id'] || `${slug(title)}-${r['date'] ?? ''}`);
      const participants: Participant[] = [];
      const participantColumns: string[] = [];
      for (const [column, role] of ROLE_COLUMNS) {
        for (const actor of list(r[column])) {
          participants.push({ actor, role: role as Participant['role'] });
          participantColumns.push(column);
          this.ensureActor(actor);
        }
      }
      const sourceId = this.idByUrl.get(r['source'] ?? '') ?? r['source'] ?? '';
      const event = {
        id, type: (r['type'] || 'statement') as TimelineEvent['type'], title,
        when: { start: r['date'] ?? '', basis: (r['basis'] || 'stated') as TimelineEvent['when']['basis'] },
        participants, evidence: [] as Evidence[],
      } as unknown as TimelineEvent;
      if (r['end']) event.when.end = r['end'];
      if (r['phrase']) event.when.phrase = r['phrase'];
      if (r['note']) event.when.note = r['note'];
      if (r['anchor'] || event.when.basis === 'resolved') event.when.anchor = r['anchor'] || sourceId;
      if (r['summary']) event.summary = r['summary'];
      if (r['issues']) event.issues = list(r['issues']);
      if (/^(yes|true|1|x)$/i.test(r['background'] ?? '')) event.background = true;
      const evidence = this.evidence(t, row, sourceId, r['quote'] ?? '', r['speaker']);
      if (evidence) (event.evidence as Evidence[]).push(evidence);
      this.events.push(event);
      this.origins.events.push({ table: t, row, participantColumns });
    });
  }

  /** The assembled dataset: lanes made for actors that name one no lanes table gave. */
  finish(): Dataset {
    for (const actor of this.actors) {
      if (actor.lane && !this.lanes.some((l) => l.id === actor.lane)) {
        this.lanes.push({
          id: actor.lane, label: actor.lane, order: this.lanes.length,
          color: DEFAULT_LANE_COLORS[this.lanes.length % DEFAULT_LANE_COLORS.length]!,
        });
      }
    }
    return {
      version: 1, lanes: this.lanes, actors: this.actors, issues: this.issues, sources: this.sources,
      events: this.events, stances: [],
    };
  }

  /** A `parseDataset` problem at the row and column its value came from. */
  locate(issuePath: string, message: string): Problem {
    const [collection, index, ...rest] = pathKeys(issuePath);
    const origin = typeof index === 'number' && typeof collection === 'string' && collection in this.origins
      ? this.origins[collection as keyof DatasetBuilder['origins']][index]
      : undefined;
    if (!origin) return { file: this.origins.events[0]?.table.file ?? '(tables)', line: 1, message };
    const field = rest.filter((k) => typeof k === 'string').join('.');
    let column: string | undefined;
    if (collection === 'events') {
      column = rest[0] === 'participants' && typeof rest[1] === 'number'
        ? origin.participantColumns?.[rest[1]]
        : EVENT_COLUMNS[field] ?? EVENT_COLUMNS[String(rest[0])];
    } else if (collection === 'sources') column = SOURCE_COLUMNS[field] ?? String(rest[0] ?? 'id');
    else column = String(rest[0] ?? 'id');
    return this.at(origin.table, origin.row, column ?? 'id', message.replace(/^[^:]*: /, ''));
  }

  private evidence(t: Table, row: number, sourceId: string, quote: string, speaker: string | undefined): Evidence | undefined {
    if (quote === '') {
      this.cell(t, row, 'quote', 'got nothing, expected the words of the source that back this event (every event needs a quote)');
      return undefined;
    }
    if (this.urlOnly.has(sourceId)) {
      // No text to find the words in: the quote as written, without offsets.
      return { source: sourceId, text: quote, ...(speaker ? { speaker } : {}) };
    }
    const text = this.texts.get(sourceId);
    if (this.unreadable.has(sourceId)) return undefined;
    if (text === undefined) {
      this.cell(t, row, 'source', `got ${JSON.stringify(sourceId)}, expected the id (or url) of a source in the sources table ` +
        'whose text could be read, or that has a url and no file (a source known only by its URL)');
      return undefined;
    }
    try {
      const evidence = evidenceIn(text, quote, sourceId, this.sourceFiles.get(sourceId) ?? sourceId);
      if (speaker) evidence.speaker = speaker;
      return evidence;
    } catch (e) {
      if (!(e instanceof QuoteNotFoundError)) throw e;
      this.cell(t, row, 'quote', e.message);
      return undefined;
    }
  }

  private ensureActor(id: string): void {
    if (this.origins.actors.length > 0 || this.actors.some((a) => a.id === id)) return;
    // No actors table: each participant is an actor with a lane of its own.
    this.actors.push({ id, name: id, kind: 'group', lane: id });
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  private cell(t: Table, row: number, column: string, message: string): void {
    this.problems.push(this.at(t, row, column, message));
  }

  private at(t: Table, row: number, column: string, message: string): Problem {
    const index = t.columns.indexOf(column);
    const where = index >= 0 ? `column ${columnLetter(index)} "${column}"` : `column "${column}" (not in the table)`;
    return { file: t.file, line: row, message: `row ${row}, ${where}: ${message}` };
  }
}
