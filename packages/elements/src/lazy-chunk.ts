import type { CSSResult, ReactiveControllerHost } from 'lit';
import { adoptChunkStyles } from './chunk-styles.js';

/** A module imported with `import()` once per page, shared by every element on it. */
export interface Chunk<T> {
  /** The module once it has arrived. */
  readonly module: T | undefined;
  /** Imports it (once; a failed import is tried again by the next call). */
  load(): Promise<T>;
}

/** A `Chunk` for `importer` (call at module level: one per page). */
export function chunk<T>(importer: () => Promise<T>): Chunk<T> {
  let pending: Promise<T> | undefined;
  const c: { module: T | undefined; load(): Promise<T> } = {
    module: undefined,
    load: () => (pending ??= importer().then(
      (m) => (c.module = m),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    )),
  };
  return c;
}

/** How long the browser may stay busy before the idle-time imports run anyway, ms. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * The lazy chunks an element uses for what its first paint does not draw (the panels, the pill
 * list, the arrow-key moves): `need` gives a chunk's module if it is there, else starts its import
 * and asks the host to update when it arrives; `wait` resolves to it. While any is loading,
 * `loading` is a promise that the host's `updateComplete` waits for. `preloadWhenIdle` imports them
 * when the browser is idle after the first paint, so that a reader rarely waits for one.
 * A chunk whose module exports `styles` (chunk-styles.ts) has them added to `root` when the host
 * first gets the module from `need` or `wait`, i.e. before it renders the chunk's template.
 */
export class LazyChunks {
  readonly #pending = new Set<Promise<void>>();
  readonly #failed = new Set<Chunk<unknown>>();
  readonly #prefetched = new Set<Chunk<unknown>>();
  #idleAsked = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root?: () => HTMLElement | DocumentFragment,
  ) {}

  /** The module, or undefined while it loads (or after it failed to load: not asked again on every update). */
  need<T>(c: Chunk<T>): T | undefined {
    if (!c.module && !this.#failed.has(c)) void this.wait(c).catch(() => this.#failed.add(c));
    return this.#styled(c.module);
  }

  /** `module`, its `styles` (if any) added to the host's root first. */
  #styled<T>(module: T | undefined): T | undefined {
    const styles = (module as { styles?: CSSResult } | undefined)?.styles;
    if (styles && this.root) adoptChunkStyles(this.root(), styles);
    return module;
  }

  /** The module once it has arrived (rejects if it cannot be loaded); tracked by `loading`, and the host updates then. */
  wait<T>(c: Chunk<T>): Promise<T> {
    if (c.module) return Promise.resolve(this.#styled(c.module) as T);
    const arrival = c.load().then((m) => this.#styled(m) as T);
    const done: Promise<void> = arrival.then(() => undefined, () => undefined).then(() => {
      this.#pending.delete(done);
      this.host.requestUpdate();
    });
    this.#pending.add(done);
    return arrival;
  }

  /** Settles once the chunks asked for so far have arrived (or failed) and the host was asked to update; null when none is loading. */
  get loading(): Promise<void> | null {
    return this.#pending.size ? Promise.all(this.#pending).then(() => undefined) : null;
  }

  /** Starts importing `c` before it is needed, once per element: a failed import is tried again only by `need` or `wait`. */
  prefetch(c: Chunk<unknown>): void {
    if (c.module || this.#prefetched.has(c)) return;
    this.#prefetched.add(c);
    void c.load().catch(() => undefined);
  }

  /** Imports `chunks` once the browser is idle (after the first paint; within a second even on a busy page). */
  preloadWhenIdle(chunks: readonly Chunk<unknown>[]): void {
    if (this.#idleAsked) return;
    this.#idleAsked = true;
    const run = () => chunks.forEach((c) => void c.load().catch(() => undefined));
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(run, 200);
  }
}
