import type { ReactiveControllerHost } from 'lit';
import type * as PanelsModule from './templates/panels.js';

/** The module of the panels' templates (templates/panels.ts). */
export type Panels = typeof PanelsModule;

/** The panels' chunk once imported, shared by every element on the page. */
let panels: Panels | undefined;
let panelsImport: Promise<Panels> | undefined;

function importPanels(): Promise<Panels> {
  panelsImport ??= import('./templates/panels.js').then(
    (m) => (panels = m),
    (e: unknown) => {
      panelsImport = undefined; // the next use tries again
      throw e;
    },
  );
  return panelsImport;
}

/**
 * The templates of the panels a reader opens (templates/panels.ts: details, stance details, side
 * card), which the first paint never draws: a lazy chunk, imported when the browser is idle after
 * the element's first drawn layout (`preloadWhenIdle`), or at once when a panel is asked for before
 * that (`get` returns undefined then, and the host updates again when the chunk has arrived).
 * While it loads, `loading` is a promise the host's `updateComplete` waits for.
 */
export class LazyPanels {
  #loading: Promise<void> | null = null;
  #idleAsked = false;
  /** The chunk failed to load for `get`: not asked again on every update (`load` still tries). */
  #failed = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The templates, or undefined while their chunk loads (the load is started, and the host updates when it arrives). */
  get(): Panels | undefined {
    if (!panels && !this.#failed) this.#load();
    return panels;
  }

  /** The templates, once their chunk has arrived (rejects if it cannot be loaded). */
  load(): Promise<Panels> {
    return panels ? Promise.resolve(panels) : importPanels();
  }

  /** Settles once the chunk asked for by `get` has arrived (or failed) and the host was asked to update; null when none is loading. */
  get loading(): Promise<void> | null {
    return this.#loading;
  }

  /** Imports the chunk once the browser is idle (after the first paint), so that a panel opens at once. */
  preloadWhenIdle(): void {
    if (panels || this.#idleAsked) return;
    this.#idleAsked = true;
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (run: () => void, _o: { timeout: number }) => setTimeout(run, 200);
    idle(() => void importPanels().catch(() => undefined), { timeout: 1000 });
  }

  #load(): void {
    if (this.#loading) return;
    const done: Promise<void> = importPanels().then(
      () => undefined,
      // A chunk that cannot load (offline): no panel, rather than asking again on every update.
      () => void (this.#failed = true),
    ).then(() => {
      if (this.#loading === done) this.#loading = null;
      this.host.requestUpdate();
    });
    this.#loading = done;
  }
}
