import type { Locale } from 'date-fns';
// English is static (the default, and the fallback while another locale loads). ru, fr and ar are
// imported on demand, one file each, so a page that never sets `locale` does not download them
// (~7 KiB gzip together); a page that does fetches only its own.
import { enGB } from 'date-fns/locale/en-GB';

/** The values the `locale` attribute accepts. */
export type TimelineLocale = 'en' | 'ru' | 'fr' | 'ar';

export interface ResolvedLocale {
  id: TimelineLocale;
  /** The date-fns locale; English (en-GB) until a lazily loaded one has arrived (see `loadLocale`). */
  dateFns: Locale;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for the `lang` attribute. */
  lang: string;
}

const DIRECTIONS: Record<TimelineLocale, 'ltr' | 'rtl'> = { en: 'ltr', ru: 'ltr', fr: 'ltr', ar: 'rtl' };

const IMPORTS: Record<Exclude<TimelineLocale, 'en'>, () => Promise<Locale>> = {
  ru: () => import('date-fns/locale/ru').then((m) => m.ru),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  ar: () => import('date-fns/locale/ar').then((m) => m.ar),
};

/** date-fns locales that have arrived, shared by every element on the page. */
const loaded: Partial<Record<TimelineLocale, Locale>> = { en: enGB };
const loading = new Map<TimelineLocale, Promise<void>>();

function idOf(value: string | null | undefined): TimelineLocale {
  const base = (value ?? 'en').toLowerCase().split(/[-_]/)[0];
  return base && base in DIRECTIONS ? (base as TimelineLocale) : 'en';
}

/**
 * Maps a `locale` attribute value to its date-fns locale and text direction. Accepts region tags
 * ('fr-CH' → fr); anything unknown falls back to English rather than failing. Synchronous: for a
 * locale not loaded yet, `dateFns` is English (call `loadLocale` and resolve again once it settles).
 */
export function resolveLocale(value: string | null | undefined): ResolvedLocale {
  const id = idOf(value);
  return { id, dateFns: loaded[id] ?? enGB, dir: DIRECTIONS[id], lang: id };
}

/**
 * Starts loading the date-fns locale for `value`, once per page. Returns a promise that settles
 * when it has arrived, or null when there is nothing to wait for. A locale that fails to load
 * (say, a chunk missing from a self-hosted copy) stays English rather than failing the element.
 */
export function loadLocale(value: string | null | undefined): Promise<void> | null {
  const id = idOf(value);
  if (id === 'en' || loaded[id]) return null;
  let pending = loading.get(id);
  if (!pending) {
    pending = IMPORTS[id]().then(
      (locale) => void (loaded[id] = locale),
      () => void (loaded[id] = enGB),
    );
    loading.set(id, pending);
  }
  return pending;
}
