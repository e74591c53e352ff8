/**
 * http: or https:, then a host: no whitespace or control characters anywhere, so nothing a
 * browser would strip or reinterpret ("java\tscript:", " javascript:") can slip through.
 * Case-insensitive by hand, because JSON Schema patterns (dataset.schema.json) have no flags.
 */
export const SAFE_URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/[^\s\u0000-\u001f\u007f/?#\\]+(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/;

/**
 * True when `url` is an absolute http(s) URL, the only kind the element turns into a link.
 * Core has no DOM and no `URL` type, hence a pattern rather than `new URL()`.
 *
 * @example
 * isSafeUrl('https://www.reuters.com/article/x') //=> true
 * isSafeUrl('javascript:alert(1)')               //=> false
 * isSafeUrl('//example.org/relative')            //=> false
 */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && SAFE_URL_PATTERN.test(url);
}
