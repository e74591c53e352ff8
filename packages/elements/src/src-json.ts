/**
 * The text of a `src` answer as JSON, or the error the element shows (the same words on the main
 * thread and in the dataset worker, so an error reads the same wherever the data was parsed).
 */
export function parseSrcJson(text: string, src: string): unknown {
  // Dev servers and SPAs answer unknown paths with their index page and a 200.
  if (/^\s*</.test(text)) throw new Error(`Could not read ${src} as JSON: the server sent an HTML page (is the address right?)`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`Could not read ${src} as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
