import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LAYOUT_OPTIONS } from '@syria-timeline/core';

/** Below this host width (px) lane labels move onto their lanes and the label column goes. */
export const NARROW_WIDTH = 480;
/** From this host width (px) the details are a side panel next to the lanes; below it, a sheet under the plot. */
export const WIDE_WIDTH = 960;

/**
 * The plot's width (px) where nothing has a size: the fake DOMs of Node test runners (jsdom,
 * happy-dom) lay nothing out, so the element draws at this width instead of drawing nothing.
 */
export const NO_LAYOUT_WIDTH = 800;

/**
 * The plot's size, from the host's: the width of the plot area, the row height from
 * `--syria-timeline-lane-height`, the `narrow` attribute on the host for the 320px layout, and
 * `wide` (from `WIDE_WIDTH`) for the side panel.
 *
 * A ResizeObserver on the host (the plot's width follows it: the label column is fixed or
 * hidden), observed while the host is connected, and a first measure right after the update that
 * follows connecting, as @lit-labs/observers' ResizeController does. Written here rather than
 * imported: that package's module also defines a `target` directive, which brings Lit's
 * async-directive code into the first load (−1.1 KiB gzip).
 */
export class PlotSizeController implements ReactiveController {
  /** Width of the plot area, px (0 until measured). */
  width = 0;
  /** Height of one row of marks, px. */
  rowHeight: number = DEFAULT_LAYOUT_OPTIONS.rowHeight;
  private plot: HTMLElement | null = null;
  /** Made on first connection (never during server rendering, where there is no ResizeObserver). */
  private observer: ResizeObserver | null = null;
  /** Connected since the last update: measure once it is drawn. */
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly findPlot: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'function') {
      this.observer ??= new ResizeObserver(() => this.measure());
      this.observer.observe(this.host);
    }
    this.connected = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    if (!this.connected) return;
    this.connected = false;
    this.measure();
  }

  private measure(): void {
    const host = this.host;
    const hostWidth = host.getBoundingClientRect().width;
    const wasNarrow = host.hasAttribute('narrow');
    const narrow = host.toggleAttribute('narrow', hostWidth > 0 && hostWidth < NARROW_WIDTH);
    host.toggleAttribute('wide', hostWidth >= WIDE_WIDTH);
    const laneHeight = parseFloat(getComputedStyle(host).getPropertyValue('--syria-timeline-lane-height'));
    const { maxRows, stanceHeight } = DEFAULT_LAYOUT_OPTIONS;
    // A lane is (maxRows + 1) rows (the last holds clusters) plus the stance band.
    const rowHeight = laneHeight > 0 ? Math.max(12, (laneHeight - stanceHeight) / (maxRows + 1)) : DEFAULT_LAYOUT_OPTIONS.rowHeight;
    if (!this.plot?.isConnected) {
      this.plot = this.findPlot();
      // The plot also narrows without the host resizing: when the side panel opens beside it.
      if (this.plot) this.observer?.observe(this.plot);
    }
    // A real browser always gives the root element the viewport's width; a fake DOM gives 0.
    const noLayout = host.ownerDocument.documentElement.getBoundingClientRect().width === 0;
    const width = noLayout ? NO_LAYOUT_WIDTH : Math.floor(this.plot?.clientWidth ?? 0);
    if (width !== this.width || rowHeight !== this.rowHeight || narrow !== wasNarrow) {
      this.width = width;
      this.rowHeight = rowHeight;
      // After the current update has finished: asking during it would be dropped (or warned about).
      queueMicrotask(() => host.requestUpdate());
    }
  }
}
