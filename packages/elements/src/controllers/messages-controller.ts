import type { ReactiveControllerHost } from 'lit';
import { englishMessages, type TimelineMessages } from '../messages.js';
import { resolveLocale, type ResolvedLocale, type TimelineLocale } from '../locales.js';

/**
 * The translations, one lazy chunk each (~0.7 KiB gzip): a page in English never downloads them,
 * a page in Russian only the Russian one. Static specifiers, so that bundlers see every chunk.
 */
const IMPORTS: Readonly<Record<Exclude<TimelineLocale, 'en'>, () => Promise<{ messages: TimelineMessages }>>> = {
  ru: () => import('../messages-ru.js'),
  fr: () => import('../messages-fr.js'),
  ar: () => import('../messages-ar.js'),
};

/** Tables that have arrived, shared by every element on the page. */
const loaded = new Map<TimelineLocale, TimelineMessages>([['en', englishMessages]]);
/** Imports under way, one per language for the page. */
const imports = new Map<TimelineLocale, Promise<void>>();
/** Languages whose chunk could not be loaded: they stay English rather than retrying on every update. */
const failed = new Set<TimelineLocale>();

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

/** What to show: the locale as resolved, with the text of the language actually shown. */
export interface ShownText {
  loc: ResolvedLocale;
  messages: TimelineMessages;
}

/**
 * The element's interface text in its `locale`: English at once, ru/fr/ar once their chunk has
 * arrived (then the host updates again). Until then, and if the chunk cannot be loaded, the
 * text is English, and so are `lang` and `dir`, which follow the text shown; dates already
 * follow the locale (they need no chunk).
 */
export class MessagesController {
  /** Settles once the translation asked for last has arrived and the host has been asked to update; null when none is loading. */
  loading: Promise<void> | null = null;
  private loadingId: TimelineLocale | null = null;

  /** It has no lifecycle of its own: it only asks `host` to update when a translation arrives. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The text for `locale` (an attribute value, see `resolveLocale`); starts loading it when needed. */
  shown(locale: string | null | undefined): ShownText {
    const loc = resolveLocale(locale);
    const messages = loaded.get(loc.id);
    if (messages) return { loc, messages };
    if (loc.id !== 'en' && !failed.has(loc.id) && this.loadingId !== loc.id) {
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
    return { loc: { ...resolveLocale('en'), dates: loc.dates }, messages: englishMessages };
  }
}
