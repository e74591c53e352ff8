import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import type { ViewDomain } from '@syria-timeline/core';

type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/**
 * d3-brush on the overview strip: the brushed interval is the visible window. Lit renders the
 * strip and an empty `<g>`; d3-brush owns that group's children (overlay, selection, handles),
 * which Lit never renders into, so each node still has one owner.
 */
export class OverviewBrushController implements ReactiveController {
  private readonly brush: BrushBehavior<unknown>;
  private group: GroupSelection | null = null;
  private extent: ViewDomain = { start: 0, end: 1 };
  private width = 0;
  private shown: [number, number] | null = null;

  constructor(
    host: ReactiveControllerHost,
    /** Called when the user finishes brushing a window. */
    private readonly onBrush: (domain: ViewDomain) => void,
  ) {
    host.addController(this);
    this.brush = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => this.brushed(event));
  }

  /**
   * Binds to the overview group and shows `domain` as the selection. Moving the brush to
   * follow zooms fires brush events without a `sourceEvent`, which are ignored.
   */
  update(group: SVGGElement | null, width: number, height: number, extent: ViewDomain, domain: ViewDomain): void {
    if (this.group?.node() !== group) {
      this.group?.on('.brush', null);
      this.group = group ? select(group) : null;
      this.shown = null;
      if (this.group) this.group.call(this.brush);
    }
    if (!this.group || width <= 0) return;
    const sizeChanged = width !== this.width;
    this.width = width;
    this.extent = extent;
    if (sizeChanged) {
      this.brush.extent([[0, 0], [width, height]]);
      this.group.call(this.brush);
    }
    const span = extent.end - extent.start;
    const x0 = Math.max(0, ((domain.start - extent.start) / span) * width);
    const x1 = Math.min(width, ((domain.end - extent.start) / span) * width);
    const next: [number, number] = [x0, Math.max(x0 + 1, x1)];
    if (!sizeChanged && this.shown && Math.abs(this.shown[0] - next[0]) < 0.5 && Math.abs(this.shown[1] - next[1]) < 0.5) return;
    this.shown = next;
    this.brush.move(this.group, next);
  }

  hostDisconnected(): void {
    this.group?.on('.brush', null);
    this.group = null;
  }

  private brushed(event: D3BrushEvent<unknown>): void {
    if (!event.sourceEvent) return;
    const sel = event.selection as [number, number] | null;
    const span = this.extent.end - this.extent.start;
    const at = (px: number) => this.extent.start + (px / this.width) * span;
    if (!sel) {
      // A click without a drag clears d3's selection; the window did not change, so show it again.
      if (this.group && this.shown) this.brush.move(this.group, this.shown);
      return;
    }
    this.shown = sel;
    this.onBrush({ start: at(sel[0]), end: at(sel[1]) });
  }
}
