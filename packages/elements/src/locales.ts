// Dates are formatted by core with Intl.DateTimeFormat, so every locale the browser knows works for
// dates at no download cost; only the element's own interface text (messages.ts) is limited to
// the languages it has been translated into.

/** The languages of the element's own interface text that ship with it (see messages.ts). */
export type TimelineLocale = 'en' | 'ru' | 'fr' | 'ar';

export interface ResolvedLocale {
  /** The language of the interface text: en, ru, fr, ar or one added with `registerLocale`; English for any other. */
  id: string;
  /** BCP 47 tag for dates and tick labels (any locale Intl knows): 'en' → 'en-GB' ('4 Feb 2012'). */
  dates: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for the `lang` attribute: the language of the interface text. */
  lang: string;
}

/** Built-in languages, and those added with `addLanguage` (by `SyriaTimeline.registerLocale`). */
const DIRECTIONS = new Map<string, 'ltr' | 'rtl'>([['en', 'ltr'], ['ru', 'ltr'], ['fr', 'ltr'], ['ar', 'rtl']]);

/** The primary language subtag of a tag, lower case: 'pt-BR' → 'pt'. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** Makes `language` (a primary subtag: 'de') an interface language written in `dir`. */
export function addLanguage(language: string, dir: 'ltr' | 'rtl'): void {
  DIRECTIONS.set(baseLanguage(language), dir);
}

/** Dates in the English interface stay British ('4 Feb 2012'), as a bare 'en' would give US order in Intl. */
const DEFAULT_DATES = 'en-GB';

function datesTag(value: string | null | undefined): string {
  if (!value || /^en$/i.test(value)) return DEFAULT_DATES;
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0] ?? DEFAULT_DATES;
  } catch {
    return DEFAULT_DATES; // not a language tag: an attribute typo should not break the element
  }
}

/**
 * Maps a `locale` attribute value to the interface language, the date locale and the text
 * direction. Region tags keep their region for dates ('fr-CH' → text fr, dates fr-CH); a language
 * without interface text gets English text and its own dates ('de' → text en, dates de); a value
 * that is not a language tag falls back to English rather than failing.
 *
 * @example
 * resolveLocale('de') //=> { id: 'en', dates: 'de', dir: 'ltr', lang: 'en' }
 */
export function resolveLocale(value: string | null | undefined): ResolvedLocale {
  const base = baseLanguage(value ?? 'en');
  const id = DIRECTIONS.has(base) ? base : 'en';
  return { id, dates: datesTag(value), dir: DIRECTIONS.get(id) ?? 'ltr', lang: id };
}
