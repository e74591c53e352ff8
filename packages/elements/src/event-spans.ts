/**
 * Where each item of the top-level `"events"` list lies in `text`, JSON that `JSON.parse` has
 * accepted: `starts[i]` is the offset just after the `[` or `,` before item i, `ends[i]` that of
 * the `,` or `]` after it (so `text.slice(starts[i], ends[j])` is items i…j, commas between them
 * included). The dataset worker sends these slices of the answer as they are, rather than writing
 * the events out again with `JSON.stringify`. One pass over the text, strings skipped with
 * `indexOf`; null when the list is not plain to find: the top level is not an object, it has no
 * `"events"` list, or a top-level key is written with an escape (`"\u0065vents"` is `events` too).
 * With duplicate keys the last one wins, as in `JSON.parse`.
 */
export function eventSpans(text: string): { starts: number[]; ends: number[] } | null {
  const n = text.length;
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  let depth = 0;
  let expectKey = false;
  let found: { starts: number[]; ends: number[] } | null = null;
  let current: { starts: number[]; ends: number[] } | null = null; // the events list being read
  let nextIsEvents = false;
  let itemStart = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const key = text.slice(i + 1, end);
        if (key.includes('\\')) return null;
        nextIsEvents = key === 'events';
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth === 1) expectKey = true;
      else if (depth === 2 && c === OPEN_BRACKET && nextIsEvents) {
        current = { starts: [], ends: [] };
        itemStart = i + 1;
      }
      if (depth === 2) nextIsEvents = false;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 2 && current) {
        if (current.starts.length > 0 || skipSpace(text, itemStart) < i) {
          current.starts.push(itemStart);
          current.ends.push(i);
        }
        found = current;
        current = null;
      }
      depth--;
    } else if (c === COMMA) {
      if (depth === 1) {
        expectKey = true;
        nextIsEvents = false;
      } else if (depth === 2 && current) {
        current.starts.push(itemStart);
        current.ends.push(i);
        itemStart = i + 1;
      }
    } else if (depth === 1 && c !== COLON && c > SPACE) {
      // A value at the top level that is not a list or object (a number, true…): not the events.
      nextIsEvents = false;
    }
  }
  return found;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a, SPACE = 0x20;
const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;

/** The offset of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** The first offset from `i` that is not JSON whitespace. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= SPACE) i++;
  return i;
}
