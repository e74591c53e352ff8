import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importTables } from './commands/import-tables.js';
import { initDataset, SCHEMA_URL } from './commands/init.js';
import { QuoteNotFoundError, quoteEvidence } from './commands/quote.js';
import { validateDatasetFile } from './commands/validate.js';
import { formatProblem } from './problem.js';

/** Where the command line writes: a line at a time (stdout, stderr), so tests can read it. */
export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `Usage: syria-timeline <command> [options]

Commands:
  validate DATA.json [--sources DIR]       check a dataset; each problem as file:line:column: field: got …, expected …
  quote SOURCE.txt "words …" [--id ID]     print the evidence object (exact offsets) for words of a source text
  quote URL "words …" --id ID              the evidence object for a source known only by its URL (no offsets)
  import EVENTS.csv [TABLE.csv …] [--sources DIR] [-o OUT.json]
                                           spreadsheet tables (CSV or TSV) to a valid dataset, quotes located for you
  init [DIR] [--force]                     write a starter dataset (timeline.json, with "$schema") and its source text

Exit code: 0 when all is well, 1 when the input has problems, 2 for a usage error.`;

/** Runs one command line (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (e) {
    // A file that cannot be read is the user's to fix: one line, not a stack trace.
    const { code, path: file } = e as { code?: string; path?: string };
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.err(`syria-timeline: cannot read ${file ?? 'a file'} (${code === 'ENOENT' ? 'no such file' : code})`);
      return 1;
    }
    throw e;
  }
}

async function runCommand(argv: readonly string[], io: CliOutput): Promise<number> {
  const [command, ...rest] = argv;
  let args: ReturnType<typeof parse>;
  try {
    args = parse(rest);
  } catch (e) {
    io.err(`syria-timeline: ${(e as Error).message}`);
    return 2;
  }
  const { values, positionals } = args;
  switch (command) {
    case 'validate': {
      const [file] = positionals;
      if (!file || positionals.length > 1) return usage(io, 'validate takes one dataset file');
      const problems = await validateDatasetFile(file, values.sources === undefined ? {} : { sourcesDir: values.sources });
      for (const p of problems) io.err(formatProblem(p));
      if (problems.length === 0) io.out(`${file}: valid`);
      else io.err(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${file}`);
      return problems.length === 0 ? 0 : 1;
    }
    case 'quote': {
      const [file, ...words] = positionals;
      if (!file || words.length === 0) return usage(io, 'quote takes a source text file and the words to find');
      if (/^https?:\/\//i.test(file)) {
        // No local text (the command never fetches): the words as typed, without offsets.
        if (values.id === undefined) return usage(io, 'quote URL needs --id ID, the id of the source known by that URL');
        io.out(JSON.stringify({ source: values.id, text: words.join(' ') }, null, 2));
        io.err(`syria-timeline quote: ${file} is not read, so the words are not checked: copy them from the page exactly`);
        return 0;
      }
      try {
        io.out(JSON.stringify(await quoteEvidence(file, words.join(' '), values.id), null, 2));
        return 0;
      } catch (e) {
        if (!(e instanceof QuoteNotFoundError)) throw e;
        io.err(`syria-timeline quote: ${e.message}`);
        return 1;
      }
    }
    case 'import': {
      if (positionals.length === 0) return usage(io, 'import takes at least an events table (CSV or TSV)');
      const { dataset, problems } = await importTables(positionals, values.sources === undefined ? {} : { sourcesDir: values.sources });
      for (const p of problems) io.err(formatProblem(p));
      if (!dataset) {
        io.err(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: no dataset written`);
        return 1;
      }
      const json = `${JSON.stringify({ $schema: SCHEMA_URL, ...dataset }, null, 2)}\n`;
      if (values.output) {
        await writeFile(values.output, json);
        io.out(`${values.output}: ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.lanes.length} lanes`);
      } else io.out(json.trimEnd());
      return 0;
    }
    case 'init': {
      if (positionals.length > 1) return usage(io, 'init takes at most one folder');
      try {
        for (const file of await initDataset(positionals[0] ?? '.', { force: values.force ?? false })) io.out(`wrote ${file}`);
        return 0;
      } catch (e) {
        io.err(`syria-timeline init: ${(e as Error).message}`);
        return 1;
      }
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      return usage(io, `unknown command ${JSON.stringify(command)}`);
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      sources: { type: 'string' },
      output: { type: 'string', short: 'o' },
      id: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
}

function usage(io: CliOutput, problem: string): number {
  io.err(`syria-timeline: ${problem}\n\n${USAGE}`);
  return 2;
}
