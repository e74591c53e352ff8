import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { DEFAULT_LAYOUT_OPTIONS } from '@syria-timeline/core';

/** Below this host width (px) lane labels move onto their lanes and the label column goes. */
export const NARROW_WIDTH = 480;

/**
 * The plot's size, from the host's (ResizeController from @lit-labs/observers, not rewritten):
 * the width of the plot area, the row height from `--syria-timeline-lane-height`, and the
 * `narrow` attribute on the host for the 320px layout.
 */
export class PlotSizeController {
  /** Width of the plot area, px (0 until measured). */
  width = 0;
  /** Height of one row of marks, px. */
  rowHeight: number = DEFAULT_LAYOUT_OPTIONS.rowHeight;
  private plot: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly findPlot: () => HTMLElement | null,
  ) {
    // The ResizeController registers itself with the host. It watches the host: the plot's
    // width follows it (the label column is fixed or hidden).
    new ResizeController(host, { callback: () => this.measure() });
  }

  private measure(): void {
    const host = this.host;
    const hostWidth = host.getBoundingClientRect().width;
    host.toggleAttribute('narrow', hostWidth > 0 && hostWidth < NARROW_WIDTH);
    const laneHeight = parseFloat(getComputedStyle(host).getPropertyValue('--syria-timeline-lane-height'));
    const { maxRows, stanceHeight } = DEFAULT_LAYOUT_OPTIONS;
    // A lane is (maxRows + 1) rows (the last holds clusters) plus the stance band.
    const rowHeight = laneHeight > 0 ? Math.max(12, (laneHeight - stanceHeight) / (maxRows + 1)) : DEFAULT_LAYOUT_OPTIONS.rowHeight;
    if (!this.plot?.isConnected) this.plot = this.findPlot();
    const width = Math.floor(this.plot?.clientWidth ?? 0);
    if (width !== this.width || rowHeight !== this.rowHeight) {
      this.width = width;
      this.rowHeight = rowHeight;
      // After the current update has finished: asking during it would be dropped (or warned about).
      queueMicrotask(() => host.requestUpdate());
    }
  }
}
