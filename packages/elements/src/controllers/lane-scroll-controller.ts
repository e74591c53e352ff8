import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Room kept between a focused control and the sticky strips when it is scrolled into view, px. */
const FOCUS_MARGIN = 6;

/**
 * The lanes' scroll box (`.lanes`): in a host of fixed height or max-height it scrolls vertically,
 * while the toolbar stays above it and, inside it, the time axis stays at the top and the overview
 * strip at the bottom (both `position: sticky`); the lane labels scroll with their lanes.
 *
 * `scrolls` says whether the lanes overflow now (a ResizeObserver on the box and its content): only
 * then is the sticky copy of the axis' labels drawn (the plot's own axis scrolls with it).
 * `onFocusIn` brings a control that gets focus (a mark, a pill, a stance disc, a lane label) into
 * the part of the box the sticky strips leave free. The plot focuses its marks with
 * `preventScroll` (a native scroll would also move the plot sideways), so this is the one place
 * that scrolls for them; it moves the box vertically only.
 */
export class LaneScrollController implements ReactiveController {
  /** The lanes overflow the box: it scrolls. */
  scrolls = false;
  private observer: ResizeObserver | null = null;
  private observed: Element[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly find: () => { box: HTMLElement; content: HTMLElement | null; top: number; bottom: () => number } | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Every zoom frame updates the host: look the nodes up again only when Lit has replaced them.
    if (this.observed.length > 0 && this.observed.every((n) => n.isConnected)) return;
    const found = this.find();
    const targets = found ? [found.box, ...(found.content ? [found.content] : [])] : [];
    if (targets.length === this.observed.length && targets.every((t, i) => t === this.observed[i])) return;
    this.observer?.disconnect();
    this.observed = targets;
    if (typeof ResizeObserver !== 'function') return;
    this.observer ??= new ResizeObserver(() => this.measure());
    for (const t of targets) this.observer.observe(t);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = [];
  }

  private measure(): void {
    const box = this.find()?.box;
    const scrolls = !!box && box.scrollHeight > box.clientHeight + 1;
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.host.requestUpdate();
  }

  /** Whether a plain wheel turn scrolls the lanes' box (it can still move that way), rather than the page. */
  scrolledBy(e: WheelEvent): boolean {
    const box = this.find()?.box;
    if (!box || e.deltaY === 0) return false;
    return e.deltaY < 0 ? box.scrollTop > 0 : box.scrollTop + box.clientHeight < box.scrollHeight - 1;
  }

  /** Focus arrived in the lanes: scroll the box (vertically) so that the focused control shows whole. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const found = this.find();
    const target = e.composedPath()[0];
    if (!found || !(target instanceof Element)) return;
    const { box } = found;
    if (box.scrollHeight <= box.clientHeight + 1) return;
    const r = target.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const top = b.top + box.clientTop + found.top;
    const bottom = b.top + box.clientTop + box.clientHeight - found.bottom();
    // Geometry-free (a proxy not holding the tab stop) or taller than the room (the plot itself): leave it.
    if (r.height === 0 || r.height > bottom - top) return;
    if (r.top < top) box.scrollTop -= top - r.top + FOCUS_MARGIN;
    else if (r.bottom > bottom) box.scrollTop += r.bottom - bottom + FOCUS_MARGIN;
  };
}
