import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DatasetError, formatDatasetIssue, parseDataset } from '@syria-timeline/core';
import { JsonSyntaxError, LocatedJson } from '../json-locations.js';
import type { Problem } from '../problem.js';
import { readSourceTexts } from '../read-source-texts.js';

export interface ValidateOptions {
  /** Where the sources' `file`s are read from; by default the data file's folder. */
  sourcesDir?: string;
}

/**
 * Every problem of a dataset file, each where it is written: the JSON's syntax, then what
 * `parseDataset` reports (with every quote checked against its source text when the text is found).
 * An empty list means the file is a valid dataset.
 */
export async function validateDatasetFile(file: string, options: ValidateOptions = {}): Promise<Problem[]> {
  const text = await readFile(file, 'utf8');
  let json: LocatedJson;
  try {
    json = new LocatedJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return [{ file, ...e.position, message: `not JSON: ${e.message.replace(/\s*\(\d+:\d+\)$/, '')}` }];
  }
  const data = json.value as { sources?: unknown } | null;
  const dir = options.sourcesDir ?? path.dirname(file);
  const { texts, missing } = await readSourceTexts(data?.sources, dir);
  const problems: Problem[] = missing.map(({ index, file: sourceFile, reason }) => ({
    file,
    ...json.positionOf(`sources[${index}].file`),
    message: `sources[${index}].file: got ${JSON.stringify(sourceFile)}, expected a source text to check quotes against (${reason}; use --sources DIR)`,
  }));
  try {
    parseDataset(json.value, { sourceTexts: Object.fromEntries(texts) });
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    for (const issue of e.issues) problems.push({ file, ...json.positionOf(issue.path), message: formatDatasetIssue(issue) });
  }
  return problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
