import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const sample = path.join(here, '../templates/sample');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'syria-timeline-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command line as `syria-timeline …` would, collecting what it prints. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The 1-based line and column where `needle` first occurs in `text`. */
function positionOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('syria-timeline validate', () => {
  it('accepts the built-in dataset with every quote checked against the seed articles', async () => {
    const { builtinDataset } = await import('@syria-timeline/core/builtin-dataset');
    const file = path.join(dir, 'builtin.json');
    await writeFile(file, JSON.stringify(builtinDataset, null, 2));
    const result = await cli('validate', file, '--sources', repo);
    expect(result.err).toBe('');
    expect(result).toMatchObject({ code: 0, out: `${file}: valid` });
  });

  it('prints each problem as file:line:column: field: got …, expected …, and exits with 1', async () => {
    const data = JSON.parse(await readFile(path.join(repo, 'stories/fixtures/harbour-talks.json'), 'utf8'));
    data.events[1].when.start = '2013-02-30';
    data.events[2].participants[0].actor = 'nobody';
    const file = path.join(dir, 'broken.json');
    const text = JSON.stringify(data, null, 2);
    await writeFile(file, text);
    const { code, err } = await cli('validate', file, '--sources', repo);
    expect(code).toBe(1);
    const lines = err.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(
      new RegExp(`^${escape(file)}:${positionOf(text, '"2013-02-30"')}: events\\[1\\]\\.when\\.start: got "2013-02-30", expected .+`),
    ));
    expect(lines).toContainEqual(expect.stringMatching(
      new RegExp(`^${escape(file)}:${positionOf(text, '"nobody"')}: events\\[2\\]\\.participants\\[0\\]\\.actor: got "nobody", expected .+`),
    ));
    expect(lines.at(-1)).toBe(`2 problems in ${file}`);
  });

  it('checks quotes against the source texts, and says when a source text cannot be found', async () => {
    const data = JSON.parse(await readFile(path.join(repo, 'stories/fixtures/harbour-talks.json'), 'utf8'));
    data.events[0].evidence[0].start += 1;
    const file = path.join(dir, 'offsets.json');
    await writeFile(file, JSON.stringify(data, null, 2));
    const withTexts = await cli('validate', file, '--sources', repo);
    expect(withTexts.code).toBe(1);
    expect(withTexts.err).toMatch(/events\[0\]\.evidence\[0\]/);
    const withoutTexts = await cli('validate', file);
    expect(withoutTexts.code).toBe(1);
    expect(withoutTexts.err).toMatch(/sources\[0\]\.file: got "stories\/fixtures\/harbour-talks\.txt", expected a source text/);
  });

  it('accepts quotes without offsets from a source known only by its URL, and points at offsets given for one', async () => {
    const data = JSON.parse(await readFile(path.join(repo, 'stories/fixtures/harbour-talks.json'), 'utf8'));
    data.sources.push({ id: 'gazette', title: 'Southland rejects a ceasefire', url: 'https://example.org/gazette', dateline: { start: '2014-05-04', basis: 'stated' } });
    data.events[0].evidence.push({ source: 'gazette', text: 'No ceasefire while the blockade lasts' });
    const file = path.join(dir, 'web.json');
    await writeFile(file, JSON.stringify(data, null, 2));
    expect(await cli('validate', file, '--sources', path.join(repo, 'packages/cli/templates/sample'))).toMatchObject({ code: 0, err: '' });
    Object.assign(data.events[0].evidence.at(-1), { start: 0, end: 37 });
    const text = JSON.stringify(data, null, 2);
    await writeFile(file, text);
    const { code, err } = await cli('validate', file, '--sources', path.join(repo, 'packages/cli/templates/sample'));
    expect(code).toBe(1);
    const at = data.events[0].evidence.length - 1;
    // The position of the value 0, after the key "start": .
    const [line, column] = positionOf(text, '"start": 0').split(':').map(Number);
    expect(err).toMatch(new RegExp(`^${escape(file)}:${line}:${column! + '"start": '.length}: events\\[0\\]\\.evidence\\[${at}\\]\\.start: got 0, ` +
      'expected no offsets: source "gazette" is known only by its URL \\(no file\\)$', 'm'));
  });

  it('reports a JSON syntax error where it is', async () => {
    const file = path.join(dir, 'syntax.json');
    await writeFile(file, '{\n  "version": 1,\n  "lanes": [,]\n}\n');
    const { code, err } = await cli('validate', file);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^${escape(file)}:3:13: not JSON: `));
  });

  it('says in one line when the file cannot be read', async () => {
    const { code, err } = await cli('validate', path.join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(err).toBe(`syria-timeline: cannot read ${path.join(dir, 'missing.json')} (no such file)`);
  });
});

describe('syria-timeline quote', () => {
  it('prints the evidence with the exact offsets of the words in the source', async () => {
    const seed = path.join(repo, 'seeds/002_461fbc77ecd1b75f.txt');
    const { code, out } = await cli('quote', seed, 'his meeting with Assad in Damascus on Tuesday', '--id', '002');
    expect(code).toBe(0);
    const evidence = JSON.parse(out);
    expect((await readFile(seed, 'utf8')).slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence).toMatchObject({ source: '002', text: 'his meeting with Assad in Damascus on Tuesday' });
  });

  it('fails with a clear message when the words are absent or occur more than once', async () => {
    const seed = path.join(repo, 'seeds/002_461fbc77ecd1b75f.txt');
    const absent = await cli('quote', seed, 'words that the article never says');
    expect(absent).toMatchObject({ code: 1, out: '' });
    expect(absent.err).toMatch(/does not occur in/);
    const twice = await cli('quote', seed, 'Assad');
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/occurs \d+ times .*quote more words/);
  });

  it('prints a quote without offsets for a source known only by its URL, and asks for its id', async () => {
    const url = 'https://example.org/tass/syria-veto';
    const { code, out, err } = await cli('quote', url, 'Russia vetoed the draft resolution', '--id', 'tass-web');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ source: 'tass-web', text: 'Russia vetoed the draft resolution' });
    expect(err).toMatch(/not read, so the words are not checked/);
    expect(await cli('quote', url, 'Russia vetoed')).toMatchObject({ code: 2, err: expect.stringMatching(/needs --id/) });
  });
});

describe('syria-timeline import', () => {
  it('turns the sample spreadsheet into a valid dataset whose quotes have the offsets a curator found by hand', async () => {
    const tables = ['events', 'actors', 'lanes', 'sources', 'issues'].map((t) => path.join(sample, `${t}.csv`));
    const out = path.join(dir, 'imported.json');
    const { code, err } = await cli('import', ...tables, '-o', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    const imported = JSON.parse(await readFile(out, 'utf8'));
    const fixture = JSON.parse(await readFile(path.join(repo, 'stories/fixtures/harbour-talks.json'), 'utf8'));
    type Event = { id: string; evidence: unknown; when: unknown };
    const hand = new Map((fixture.events as Event[]).map((e) => [e.id, e]));
    expect((imported.events as Event[]).map((e) => e.id)).toEqual([...hand.keys()]);
    for (const event of imported.events as Event[]) {
      expect(event.evidence).toEqual(hand.get(event.id)?.evidence);
      expect(event.when).toEqual(hand.get(event.id)?.when);
    }
    expect(imported.$schema).toMatch(/dataset\.schema\.json$/);
    expect((await cli('validate', out, '--sources', sample)).code).toBe(0);
  });

  it('names the row and the column of each problem, and writes nothing', async () => {
    const events = (await readFile(path.join(sample, 'events.csv'), 'utf8'))
      .replace('2014-05-10', '2014-13-10')
      .replace('On May 10 both delegations met', 'On May 11 both delegations met');
    await writeFile(path.join(dir, 'events.csv'), events);
    for (const t of ['actors', 'lanes', 'sources', 'issues', 'harbour-talks']) {
      const name = t === 'harbour-talks' ? 'harbour-talks.txt' : `${t}.csv`;
      await copyFile(path.join(sample, name), path.join(dir, name));
    }
    const out = path.join(dir, 'out.json');
    const tables = ['events', 'actors', 'lanes', 'sources', 'issues'].map((t) => path.join(dir, `${t}.csv`));
    const { code, err } = await cli('import', ...tables, '-o', out);
    expect(code).toBe(1);
    // Row 6 (the header is row 1): the meeting. Its quote is wrong, so it is reported before validation.
    expect(err).toMatch(new RegExp(`${escape(path.join(dir, 'events.csv'))}:6: row 6, column P "quote": .*does not occur`));
    await expect(readFile(out)).rejects.toThrow();
    // With the quote fixed, the bad date is found by validation, at its cell.
    await writeFile(path.join(dir, 'events.csv'), events.replace('On May 11 both', 'On May 10 both'));
    const second = await cli('import', ...tables, '-o', out);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(new RegExp(`events\\.csv:6: row 6, column D "date": got "2014-13-10", expected .+`));
  });

  it('keeps the quote of a source known only by its URL as written, without offsets, and validates the result', async () => {
    for (const t of ['actors', 'lanes', 'issues', 'harbour-talks']) {
      const name = t === 'harbour-talks' ? 'harbour-talks.txt' : `${t}.csv`;
      await copyFile(path.join(sample, name), path.join(dir, name));
    }
    const url = 'https://example.org/south-gazette/ceasefire';
    await writeFile(path.join(dir, 'sources.csv'), `${await readFile(path.join(sample, 'sources.csv'), 'utf8')}` +
      `gazette,,Southland rejects a ceasefire,South Gazette,${url},2014-05-04,stated,\n`);
    // One event cites the web-only source by id, another by its URL.
    const events = (await readFile(path.join(sample, 'events.csv'), 'utf8')).trimEnd().split('\n');
    events.push('gazette-minister,statement,Southland minister: no ceasefire,2014-05-04,,stated,,,,south-minister,,,,,gazette,' +
      '"No ceasefire while the blockade lasts, the minister said",,,');
    events.push(`gazette-council,statement,The Council regrets the refusal,2014-05-04,,stated,,,,council,,,,,${url},The Council regretted the refusal,,,`);
    await writeFile(path.join(dir, 'events.csv'), `${events.join('\n')}\n`);
    const out = path.join(dir, 'out.json');
    const tables = ['events', 'actors', 'lanes', 'sources', 'issues'].map((t) => path.join(dir, `${t}.csv`));
    const imported = await cli('import', ...tables, '-o', out);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const data = JSON.parse(await readFile(out, 'utf8'));
    expect(data.sources.find((s: { id: string }) => s.id === 'gazette')).toEqual({
      id: 'gazette', title: 'Southland rejects a ceasefire', publisher: 'South Gazette', url,
      dateline: { start: '2014-05-04', basis: 'stated' },
    });
    const evidenceOf = (id: string) => data.events.find((e: { id: string }) => e.id === id).evidence;
    expect(evidenceOf('gazette-minister')).toEqual([{ source: 'gazette', text: 'No ceasefire while the blockade lasts, the minister said' }]);
    expect(evidenceOf('gazette-council')).toEqual([{ source: 'gazette', text: 'The Council regretted the refusal' }]);
    // The file's own quotes still carry their offsets, and the whole file validates.
    expect(evidenceOf('harbour-meeting')[0]).toMatchObject({ source: 'wire-1', start: expect.any(Number), end: expect.any(Number) });
    expect(await cli('validate', out)).toMatchObject({ code: 0 });
  });

  it('says, at the row, that a source needs a file or a url', async () => {
    await copyFile(path.join(sample, 'harbour-talks.txt'), path.join(dir, 'harbour-talks.txt'));
    await writeFile(path.join(dir, 'sources.csv'), `${await readFile(path.join(sample, 'sources.csv'), 'utf8')}` +
      'gazette,,Southland rejects a ceasefire,South Gazette,,2014-05-04,stated,\n');
    const events = (await readFile(path.join(sample, 'events.csv'), 'utf8')).trimEnd();
    await writeFile(path.join(dir, 'events.csv'), `${events}\ngazette-minister,statement,No ceasefire,2014-05-04,,stated,,,,` +
      'south-minister,,,,,gazette,No ceasefire,,,\n');
    const { code, err } = await cli('import', path.join(dir, 'events.csv'), path.join(dir, 'sources.csv'));
    expect(code).toBe(1);
    expect(err).toMatch(/sources\.csv:3: row 3, column B "file": got nothing, expected .*or else its http\(s\) url/);
    // Reported once, at the source's row: not again at each event quoting it.
    expect(err).not.toMatch(/events\.csv/);
  });

  it('refuses a table it cannot recognise', async () => {
    await writeFile(path.join(dir, 'what.csv'), 'a,b\n1,2\n');
    const { code, err } = await cli('import', path.join(dir, 'what.csv'));
    expect(code).toBe(1);
    expect(err).toMatch(/what\.csv:1: columns "a,b": expected the header of an events/);
  });
});

describe('syria-timeline init', () => {
  it('writes a starter dataset that validates, and will not overwrite it', async () => {
    const first = await cli('init', dir);
    expect(first.code).toBe(0);
    const data = path.join(dir, 'timeline.json');
    expect(JSON.parse(await readFile(data, 'utf8')).$schema).toMatch(/dataset\.schema\.json$/);
    expect((await cli('validate', data)).code).toBe(0);
    const again = await cli('init', dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists already/);
  });
});

describe('usage', () => {
  it('exits with 2 and the usage for an unknown command or missing arguments', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"[\s\S]*Usage:/) });
    expect((await cli('quote')).code).toBe(2);
    expect(await cli('help')).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: syria-timeline/) });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the "From a spreadsheet" story', () => {
  it('shows exactly what the command line imports from the sample tables', async () => {
    const tables = ['events', 'actors', 'lanes', 'sources', 'issues'].map((t) => path.join(sample, `${t}.csv`));
    const { code, out } = await cli('import', ...tables);
    expect(code).toBe(0);
    const committed = await readFile(path.join(repo, 'stories/fixtures/from-spreadsheet.json'), 'utf8');
    // If the sample or the import changes, rewrite it: npx syria-timeline import … -o stories/fixtures/from-spreadsheet.json
    expect(JSON.parse(committed)).toEqual(JSON.parse(out));
  });
});
