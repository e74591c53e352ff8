import type { Evidence, Source } from '../../src/model/index.js';

/**
 * The seed file of a built-in source. Every built-in source is one of the seed articles, so it has
 * a `file` (only other datasets have sources known only by their URL); anything else is a broken fixture.
 */
export function seedFile(source: Source): string {
  if (source.file === undefined) throw new Error(`built-in source "${source.id}" has no file: every built-in source is a seed`);
  return source.file;
}

/** A built-in quote, with its offsets: every built-in quote has them (its source has a file). */
export function seedQuote(evidence: Evidence): Evidence & { start: number; end: number } {
  const { start, end } = evidence;
  if (start === undefined || end === undefined) throw new Error(`built-in quote ${JSON.stringify(evidence.text)} has no offsets`);
  return { ...evidence, start, end };
}
