import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Chunk, LazyChunks } from '../lazy-chunk.js';
import type { OpenPill, PillListController, PillListOptions } from './pill-list-controller.js';
import type * as Deferred from './deferred-controllers.js';

/**
 * A pill's list (PillListController) whose code is a lazy chunk: closed until it has arrived;
 * `open` before that imports it, then opens (the chunk tracked by `LazyChunks`, so that
 * `updateComplete` waits for the list).
 */
export class LazyPillList {
  #real: PillListController | null = null;
  /** The last `open` asked for before the chunk arrived (a later one replaces it; `close` drops it). */
  #asked: OpenPill | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lazy: LazyChunks,
    private readonly deferred: Chunk<typeof Deferred>,
    private readonly options: PillListOptions,
  ) {}

  get isOpen(): boolean {
    return this.#real?.isOpen ?? false;
  }

  /** The key of the pill whose list is open. */
  get pillKey(): string | null {
    return this.#real?.pillKey ?? null;
  }

  /** Opens the list (once the chunk is there) and moves focus to its first option. */
  open(pill: OpenPill): void {
    if (this.#real) return this.#real.open(pill);
    this.#asked = pill;
    void this.lazy.wait(this.deferred).then((m) => {
      this.#real ??= new m.PillListController(this.host, this.options);
      const asked = this.#asked;
      this.#asked = null;
      if (asked) this.#real.open(asked);
    }, () => undefined);
  }

  close(returnFocus: boolean): void {
    this.#asked = null;
    this.#real?.close(returnFocus);
  }

  /** The open list, or nothing. */
  render(): TemplateResult | typeof nothing {
    const props = this.#real?.props();
    return props && this.deferred.module ? this.deferred.module.renderPillList(props) : nothing;
  }
}
