import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Chunk, LazyChunks } from '../lazy-chunk.js';
import type { WheelHintController } from './wheel-hint-controller.js';
import type * as Deferred from './deferred-controllers.js';

/**
 * The "Use Ctrl + scroll to zoom" hint (WheelHintController) from the deferred controllers' lazy
 * chunk, which is asked for right after the first paint: a plain wheel turn before it has landed
 * shows the hint when it does.
 */
export class LazyWheelHint {
  #real: WheelHintController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lazy: LazyChunks,
    private readonly deferred: Chunk<typeof Deferred>,
  ) {}

  /** A plain wheel turn over the plot scrolled the page: say how to zoom. */
  show(): void {
    if (this.#real) return this.#real.show();
    // A chunk that cannot load (offline) shows no hint.
    void this.lazy.wait(this.deferred).then((m) => (this.#real ??= new m.WheelHintController(this.host)).show(), () => undefined);
  }

  /** The hint while it shows, its text from `text` given the zoom key's name ('Ctrl' or '⌘'); else nothing. */
  render(text: (key: string) => string): TemplateResult | typeof nothing {
    const m = this.deferred.module;
    return this.#real?.visible && m ? m.renderWheelHint(text(m.zoomModifierKey())) : nothing;
  }
}
