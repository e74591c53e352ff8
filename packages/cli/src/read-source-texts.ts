import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A source whose text could not be read: its index in `sources` and why. */
export interface MissingSourceText {
  index: number;
  file: string;
  reason: string;
}

/**
 * The texts of a dataset's sources, by source id, for `parseDataset`'s `sourceTexts` option, so
 * that every quote is checked to be an exact slice. Each `file` is looked for relative to `dir`,
 * then as its bare name in `dir` (a folder of texts moved away from the paths written in the data).
 */
export async function readSourceTexts(
  sources: unknown,
  dir: string,
): Promise<{ texts: Map<string, string>; missing: MissingSourceText[] }> {
  const texts = new Map<string, string>();
  const missing: MissingSourceText[] = [];
  if (!Array.isArray(sources)) return { texts, missing };
  for (const [index, source] of sources.entries()) {
    if (!source || typeof source !== 'object') continue;
    const { id, file } = source as { id?: unknown; file?: unknown };
    if (typeof id !== 'string' || typeof file !== 'string') continue;
    const text = await readFirst([path.resolve(dir, file), path.join(dir, path.basename(file))]);
    if (text === undefined) missing.push({ index, file, reason: `no readable file at ${path.resolve(dir, file)}` });
    else texts.set(id, text);
  }
  return { texts, missing };
}

async function readFirst(candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // try the next place
    }
  }
  return undefined;
}
