import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '@syria-timeline/core';
import { findQuote } from '../find-quote.js';

/** The quote is not in the text exactly once. */
export class QuoteNotFoundError extends Error {
  override name = 'QuoteNotFoundError';
}

/**
 * The evidence object for `words` in the source text `file`: exact offsets, the source's own
 * characters (curly quotes, dashes, no-break spaces as printed). `sourceId` defaults to the file's
 * name without its extension. Throws `QuoteNotFoundError` when the words are absent or occur more
 * than once (then it lists where, so a longer quote can be chosen).
 */
export async function quoteEvidence(file: string, words: string, sourceId?: string): Promise<Evidence> {
  const text = await readFile(file, 'utf8');
  return evidenceIn(text, words, sourceId ?? path.basename(file, path.extname(file)), file);
}

/** `quoteEvidence` on a text already read; `where` names it in errors. */
export function evidenceIn(text: string, words: string, sourceId: string, where: string): Evidence {
  const found = findQuote(text, words);
  if (found.length === 0) {
    throw new QuoteNotFoundError(`${JSON.stringify(words)} does not occur in ${where} (curly quotes, dashes and spacing are matched loosely; check the words)`);
  }
  if (found.length > 1) {
    const at = found.map((m) => m.start).join(', ');
    throw new QuoteNotFoundError(`${JSON.stringify(words)} occurs ${found.length} times in ${where} (at offsets ${at}): quote more words so that it occurs once`);
  }
  const [{ start, end, text: exact }] = found as [typeof found[0]];
  return { source: sourceId, start, end, text: exact };
}
