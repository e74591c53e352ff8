// Dates are formatted by core with Intl.DateTimeFormat, so every locale the browser knows works for
// dates at no download cost; only the element's own interface text (messages.ts) is limited to
// the languages it has been translated into.

/** The languages of the element's own interface text (see messages.ts). */
export type TimelineLocale = 'en' | 'ru' | 'fr' | 'ar';

export interface ResolvedLocale {
  /** The language of the interface text: en, ru, fr or ar; English for any other. */
  id: TimelineLocale;
  /** BCP 47 tag for dates and tick labels (any locale Intl knows): 'en' → 'en-GB' ('4 Feb 2012'). */
  dates: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for the `lang` attribute: the language of the interface text. */
  lang: string;
}

const DIRECTIONS: Record<TimelineLocale, 'ltr' | 'rtl'> = { en: 'ltr', ru: 'ltr', fr: 'ltr', ar: 'rtl' };

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
  const base = (value ?? 'en').toLowerCase().split(/[-_]/)[0];
  // Own keys only: `locale="constructor"` must not find Object.prototype's members.
  const id: TimelineLocale = base && Object.hasOwn(DIRECTIONS, base) ? (base as TimelineLocale) : 'en';
  return { id, dates: datesTag(value), dir: DIRECTIONS[id], lang: id };
}
