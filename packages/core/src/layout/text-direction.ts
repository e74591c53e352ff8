// Strong right-to-left characters: Hebrew, Arabic, Syriac, Thaana, NKo, and their presentation forms.
// The first strong character of either kind: group 1 when it is right-to-left. One search per text,
// not two tests per character (titles are placed on every zoom step).
const STRONG = /([\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])|[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]/;

/** Direction of a text by its first strong character (as `dir="auto"` decides), else `fallback`. */
export function textDirection(text: string, fallback: 'ltr' | 'rtl' = 'ltr'): 'ltr' | 'rtl' {
  const strong = STRONG.exec(text);
  return strong === null ? fallback : strong[1] === undefined ? 'ltr' : 'rtl';
}
