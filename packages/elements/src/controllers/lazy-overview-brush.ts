import type { ReactiveControllerHost } from 'lit';
import type { ViewDomain } from '@syria-timeline/core';
import type { Chunk, LazyChunks } from '../lazy-chunk.js';
import type { OverviewBrushController } from './overview-brush-controller.js';
import { ReplayQueue } from './replay-queue.js';
import type * as Deferred from './deferred-controllers.js';

type Place = [group: SVGGElement | null, width: number, height: number, extent: ViewDomain, domain: ViewDomain];

/**
 * The overview strip's brush (OverviewBrushController) from the deferred controllers' lazy chunk:
 * the first paint draws the strip; its import starts right after that paint, and the selection is
 * drawn when it lands (the host updates then). A drag on the strip before it has landed is
 * replayed on the brush when it does (see ReplayQueue).
 */
export class LazyOverviewBrush {
  #real: OverviewBrushController | null = null;
  readonly #early = new ReplayQueue();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lazy: LazyChunks,
    private readonly deferred: Chunk<typeof Deferred>,
    private readonly onBrush: (domain: ViewDomain) => void,
  ) {}

  /** As OverviewBrushController's `update`: shows `domain` as the selection, once the brush is there. */
  update(...place: Place): void {
    if (!this.#real) {
      const m = this.lazy.need(this.deferred);
      if (!m) {
        this.#early.listen(place[0]?.ownerSVGElement ?? null);
        return;
      }
      this.#real = new m.OverviewBrushController(this.host, this.onBrush);
      this.#real.update(...place);
      this.#early.replay(place[0]);
      return;
    }
    this.#real.update(...place);
  }
}
