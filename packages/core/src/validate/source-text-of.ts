/**
 * The text of source `id` in the `sourceTexts` option, or `undefined` when there is none: an own
 * string property only. A plain `texts[id]` would find `Object.prototype` for `"__proto__"` and a
 * function for `"constructor"`, and a check that then slices it throws a TypeError.
 */
export function sourceTextOf(texts: Readonly<Record<string, unknown>> | undefined, id: unknown): string | undefined {
  if (texts === undefined || typeof id !== 'string' || !Object.hasOwn(texts, id)) return undefined;
  const text = texts[id];
  return typeof text === 'string' ? text : undefined;
}
