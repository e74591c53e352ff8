import type { ReactiveControllerHost } from 'lit';
import { englishMessages, mergeMessages, type TimelineMessages, type TimelineMessagesOverride } from '../messages.js';
import { addLanguage, baseLanguage, resolveLocale, type ResolvedLocale, type TimelineLocale } from '../locales.js';

/**
 * The translations, one lazy chunk each (~0.7 KiB gzip): a page in English never downloads them,
 * a page in Russian only the Russian one. Static specifiers, so that bundlers see every chunk.
 */
const IMPORTS: Readonly<Record<Exclude<TimelineLocale, 'en'>, () => Promise<{ messages: TimelineMessages }>>> = {
  ru: () => import('../messages-ru.js'),
  fr: () => import('../messages-fr.js'),
  ar: () => import('../messages-ar.js'),
};
const isBuiltIn = (id: string): id is Exclude<TimelineLocale, 'en'> => id in IMPORTS;

/** Tables that have arrived, shared by every element on the page. */
const loaded = new Map<string, TimelineMessages>([['en', englishMessages]]);
/** Imports under way, one per language for the page. */
const imports = new Map<string, Promise<void>>();
/** Languages whose chunk could not be loaded: they stay English rather than retrying on every update. */
const failed = new Set<string>();
/** Text added or overridden by `registerLocale`, by language; laid over the built-in table (or English). */
const registered = new Map<string, TimelineMessagesOverride>();
/** Merged tables, so that an unchanged language keeps one object (the element lays out again when it changes). */
const merged = new WeakMap<TimelineMessages, WeakMap<TimelineMessagesOverride, TimelineMessages>>();

function importMessages(id: Exclude<TimelineLocale, 'en'>): Promise<void> {
  let wait = imports.get(id);
  if (!wait) {
    wait = IMPORTS[id]()
      .then((m) => void loaded.set(id, m.messages))
      .catch(() => void failed.add(id))
      .finally(() => imports.delete(id));
    imports.set(id, wait);
  }
  return wait;
}

/** `base` with `override` over it, the same object for the same two. */
function over(base: TimelineMessages, override: TimelineMessagesOverride | null | undefined): TimelineMessages {
  if (!override) return base;
  let byOverride = merged.get(base);
  if (!byOverride) merged.set(base, (byOverride = new WeakMap()));
  let m = byOverride.get(override);
  if (!m) byOverride.set(override, (m = mergeMessages(base, override)));
  return m;
}

/**
 * Adds an interface language, or overrides some of a built-in one's text, for every element on
 * the page (see `SyriaTimeline.registerLocale`). `language` is a primary subtag ('de', 'ar');
 * what `messages` leaves out falls back to the built-in text of that language, else English.
 * Elements already shown pick it up on their next update.
 */
export function registerLocale(language: string, messages: TimelineMessagesOverride, dir: 'ltr' | 'rtl' = 'ltr'): void {
  const id = baseLanguage(language);
  if (!/^[a-z]{2,3}$/.test(id)) throw new RangeError(`registerLocale: got ${JSON.stringify(language)}, expected a language subtag such as 'de'`);
  if (!isBuiltIn(id) && id !== 'en') addLanguage(id, dir);
  registered.set(id, { ...registered.get(id), ...messages });
}

/** What to show: the locale as resolved, with the text of the language actually shown. */
export interface ShownText {
  loc: ResolvedLocale;
  messages: TimelineMessages;
}

/**
 * The element's interface text in its `locale`: English at once, ru/fr/ar once their chunk has
 * arrived (then the host updates again). Until then, and if the chunk cannot be loaded, the
 * text is English, and so are `lang` and `dir`, which follow the text shown; dates already
 * follow the locale (they need no chunk). Text added with `registerLocale`, then the element's
 * own `messages`, are laid over it.
 */
export class MessagesController {
  /** Settles once the translation asked for last has arrived and the host has been asked to update; null when none is loading. */
  loading: Promise<void> | null = null;
  private loadingId: string | null = null;

  /** It has no lifecycle of its own: it only asks `host` to update when a translation arrives. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The text for `locale` (an attribute value, see `resolveLocale`) with `override` over it; starts loading it when needed. */
  shown(locale: string | null | undefined, override?: TimelineMessagesOverride | null): ShownText {
    const loc = resolveLocale(locale);
    const base = loaded.get(loc.id) ?? (isBuiltIn(loc.id) ? undefined : englishMessages);
    if (base) return { loc, messages: over(over(base, registered.get(loc.id)), override) };
    if (isBuiltIn(loc.id) && !failed.has(loc.id) && this.loadingId !== loc.id) {
      const wait: Promise<void> = importMessages(loc.id).then(() => {
        if (this.loading === wait) {
          this.loading = null;
          this.loadingId = null;
        }
        this.host.requestUpdate();
      });
      this.loading = wait;
      this.loadingId = loc.id;
    }
    return { loc: { ...resolveLocale('en'), dates: loc.dates }, messages: over(over(englishMessages, registered.get('en')), override) };
  }
}
