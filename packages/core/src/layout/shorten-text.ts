/** What a shortened text ends with. */
const ELLIPSIS = '…';
/** Characters dropped before the '…' (it would follow a space or a comma). */
const TRIM = new Set([' ', ',', ';', ':', '.', '–', '—', '-', '\u00a0']);

/**
 * The longest beginning of `text` that, followed by '…', measures at most `room` px; the whole
 * text when it fits; null when not even `minChars` characters fit. Starts from the length the
 * average character width predicts, so it calls `measure` a few times. Never splits a surrogate pair; trailing spaces and punctuation before the '…' are dropped.
 */
export function shortenText(text: string, room: number, measure: (t: string) => number, minChars: number): { text: string; full: boolean } | null {
  const whole = measure(text);
  if (whole <= room) return { text, full: true };
  const cut = (n: number) => {
    let end = n;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    while (end > 0 && TRIM.has(text[end - 1]!)) end--;
    return text.slice(0, end) + ELLIPSIS;
  };
  // Start from the length the average character width predicts, then step: a few measures, not log2(length).
  const fits = (n: number) => measure(cut(n)) <= room;
  let n = Math.max(0, Math.min(text.length - 1, Math.floor((room / whole) * text.length)));
  if (fits(n)) {
    while (n + 1 < text.length && fits(n + 1)) n++;
  } else {
    while (n > 0 && !fits(n - 1)) n--;
    n--;
  }
  if (n < Math.min(minChars, text.length - 1)) return null;
  return { text: cut(n), full: false };
}
