import type { Locale } from 'date-fns';

/**
 * The word put before an approximate date ("c. Nov 2013"), by language. date-fns locales have no
 * such word, so this is a small table; any other language gets the English 'c.'.
 */
const PREFIXES: Readonly<Record<string, string>> = {
  en: 'c.',
  ru: 'ок.',
  fr: 'vers',
  ar: 'حوالي',
};

/** The "circa" word for a date-fns locale: 'c.' (en), 'ок.' (ru), 'vers' (fr), 'حوالي' (ar), else 'c.'. */
export function approximatePrefix(locale: Pick<Locale, 'code'>): string {
  const language = locale.code.split('-')[0]?.toLowerCase() ?? '';
  return PREFIXES[language] ?? 'c.';
}
