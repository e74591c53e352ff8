import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';

/** A place in a text file, both counted from 1, as editors and compilers print them. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * A JSON text parsed with the position of every value, so that a problem found by path
 * (`events[3].when.start`) can be reported where it is written (`data.json:41:18`).
 * The parser is momoa (a JSON parser that keeps locations, as ESLint's JSON support uses).
 */
export class LocatedJson {
  readonly value: unknown;
  private readonly document: DocumentNode;

  /** Throws a `JsonSyntaxError` (with its line and column) when `text` is not JSON. */
  constructor(readonly text: string) {
    try {
      this.document = parse(text, { mode: 'json' });
    } catch (e) {
      const { line, column } = e as Partial<TextPosition>;
      throw new JsonSyntaxError((e as Error).message, { line: line ?? 1, column: column ?? 1 });
    }
    this.value = JSON.parse(text) as unknown;
  }

  /**
   * Where the value at `path` is written; for a path that does not exist (a missing field),
   * where its nearest existing parent is.
   */
  positionOf(path: string): TextPosition {
    let node: AnyNode = this.document.body;
    for (const key of pathKeys(path)) {
      const child = childOf(node, key);
      if (!child) break;
      node = child;
    }
    return { line: node.loc.start.line, column: node.loc.start.column };
  }
}

/** The JSON text is not JSON: what the parser said, and where. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(message: string, readonly position: TextPosition) {
    super(message);
  }
}

/** `events[3].when.start` → `['events', 3, 'when', 'start']` (the form core's issues use). */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[1] !== undefined) keys.push(match[1]);
  }
  return keys;
}

function childOf(node: AnyNode, key: string | number): AnyNode | undefined {
  if (node.type === 'Object' && typeof key === 'string') {
    const member = node.members.find((m) => (m.name.type === 'String' ? m.name.value : m.name.name) === key);
    return member?.value;
  }
  if (node.type === 'Array' && typeof key === 'number') return node.elements[key]?.value;
  return undefined;
}
