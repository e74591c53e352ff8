import type { Locale } from 'date-fns';
// Imported by name, one file each, so the bundle carries these four locales and no others.
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { fr } from 'date-fns/locale/fr';
import { ar } from 'date-fns/locale/ar';

/** The values the `locale` attribute accepts. */
export type TimelineLocale = 'en' | 'ru' | 'fr' | 'ar';

export interface ResolvedLocale {
  id: TimelineLocale;
  dateFns: Locale;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for the `lang` attribute. */
  lang: string;
}

const LOCALES: Record<TimelineLocale, ResolvedLocale> = {
  en: { id: 'en', dateFns: enGB, dir: 'ltr', lang: 'en' },
  ru: { id: 'ru', dateFns: ru, dir: 'ltr', lang: 'ru' },
  fr: { id: 'fr', dateFns: fr, dir: 'ltr', lang: 'fr' },
  ar: { id: 'ar', dateFns: ar, dir: 'rtl', lang: 'ar' },
};

/**
 * Maps a `locale` attribute value to its date-fns locale and text direction. Accepts region tags
 * ('fr-CH' → fr); anything unknown falls back to English rather than failing.
 */
export function resolveLocale(value: string | null | undefined): ResolvedLocale {
  const base = (value ?? 'en').toLowerCase().split(/[-_]/)[0] as TimelineLocale;
  return LOCALES[base] ?? LOCALES.en;
}
