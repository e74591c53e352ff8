/**
 * The word put before an approximate date ("c. Nov 2013"), by language. Intl has no such word,
 * so this is a small table; any other language gets the English 'c.'.
 */
const PREFIXES: Readonly<Record<string, string>> = {
  en: 'c.',
  ru: 'ок.',
  fr: 'vers',
  ar: 'حوالي',
};

/**
 * The "circa" word for a BCP 47 locale tag: 'c.' (en), 'ок.' (ru), 'vers' (fr), 'حوالي' (ar), else 'c.'.
 *
 * @example
 * approximatePrefix('fr-CH') //=> 'vers'
 */
export function approximatePrefix(locale: string): string {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return PREFIXES[language] ?? 'c.';
}
