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
 * A ResizeObserver on the host's width (the plot's width follows it: the label column is fixed or
 * hidden) and on the plot's, observed while the host is connected, and a first measure right after
 * the update that follows connecting, as @lit-labs/observers' ResizeController does. Written here
 * rather than imported: that package's module also defines a `target` directive, which brings Lit's
 * async-directive code into the first load (−1.1 KiB gzip).
 *
 * What it observes are two probes, empty boxes of no height as wide as the host and as the plot
 * (see `widthProbe`), not the host and the plot themselves: the update a new width asks for runs
 * within the observer's loop (so that no frame is painted at the old size), and it changes the
 * host's and the plot's heights. An observed box that changes size within the loop at a depth
 * already delivered makes Chromium report "ResizeObserver loop completed with undelivered
 * notifications" as an error on window, which error trackers catch. The probes change only with
 * the widths, which that update does not change.
 */
export class PlotSizeController implements ReactiveController {
  /** Width of the plot area, px (0 until measured). */
  width = 0;
  /** Height of one row of marks, px. */
  rowHeight: number = DEFAULT_LAYOUT_OPTIONS.rowHeight;
  private plot: HTMLElement | null = null;
  /** The probe as wide as the host, first in its shadow root (see `widthProbe`). */
  private hostProbe: HTMLElement | null = null;
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
      const root = this.host.shadowRoot;
      if (root && !this.hostProbe?.isConnected) root.prepend((this.hostProbe = widthProbe(this.host.ownerDocument)));
      this.observer.observe(this.hostProbe ?? this.host);
      // A reconnected host keeps its plot: observe its probe again (disconnecting dropped it).
      if (this.plot?.isConnected) this.observer.observe(this.probeOf(this.plot));
    }
    this.connected = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    // Measured once drawn after connecting, and when a plot first appears (valid data after an
    // error state): the probes' sizes do not change then, so the observer would not say so.
    // Never while disconnected (an update may still run then): nothing is observed, and nothing should be.
    if (!this.host.isConnected || (!this.connected && (this.plot?.isConnected || this.findPlot() === null))) return;
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
      // A new plot (after an error state): the old one's probe is not watched any more.
      if (this.plot) this.observer?.unobserve(this.probeOf(this.plot));
      this.plot = this.findPlot();
      // The plot also narrows without the host resizing: when the side panel opens beside it.
      if (this.plot) this.observer?.observe(this.probeOf(this.plot));
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

  /** The plot's probe, made first in it on first use (the plot is `position: relative`). */
  private probeOf(plot: HTMLElement): HTMLElement {
    const first = plot.firstElementChild;
    if (first instanceof HTMLElement && first.classList.contains(PROBE_CLASS)) return first;
    const probe = widthProbe(plot.ownerDocument);
    plot.prepend(probe);
    return probe;
  }
}

const PROBE_CLASS = 'width-probe';

/**
 * An empty box of no height, as wide as its positioned container's padding box (the host, the
 * plot), for the ResizeObserver: hidden from sight, pointer and assistive technology. Placed
 * before the markers of Lit's parts, so that no render moves or removes it. Styled through the
 * CSSOM, which a Content Security Policy without 'unsafe-inline' allows.
 */
function widthProbe(doc: Document): HTMLElement {
  const probe = doc.createElement('div');
  probe.className = PROBE_CLASS;
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;inset-inline:0;top:0;height:0;visibility:hidden;pointer-events:none';
  return probe;
}
