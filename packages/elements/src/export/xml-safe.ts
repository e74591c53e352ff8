/**
 * Characters XML 1.0 forbids in a document: C0 controls other than tab, line feed and carriage
 * return, U+FFFE and U+FFFF, and lone surrogates (a high one not followed by a low one, a low one
 * not preceded by a high one). `XMLSerializer` writes them out as they are, so an SVG with such a
 * character in any text (a title, a label) is not well-formed and no image decoder reads it.
 */
const XML_INVALID = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD (the replacement character, shown as �). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD');
}
