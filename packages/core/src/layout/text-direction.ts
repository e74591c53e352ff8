// Strong right-to-left characters: Hebrew, Arabic, Syriac, Thaana, NKo, and their presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]/;

/** Direction of a text by its first strong character (as `dir="auto"` decides), else `fallback`. */
export function textDirection(text: string, fallback: 'ltr' | 'rtl' = 'ltr'): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL.test(ch)) return 'rtl';
    if (LTR.test(ch)) return 'ltr';
  }
  return fallback;
}
