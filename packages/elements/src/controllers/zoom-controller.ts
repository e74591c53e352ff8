import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ViewDomain } from '@syria-timeline/core';

export interface ZoomControllerOptions {
  /** The window changed during a gesture; called at most once per animation frame. */
  onFrame: (domain: ViewDomain) => void;
  /** A change is committed (gesture ended, or a programmatic zoom was applied). */
  onEnd: (domain: ViewDomain) => void;
}

export interface ZoomGeometry {
  /** The whole time range one can see: the zoomed-out view (UTC ms). */
  extent: ViewDomain;
  /** The smallest window one can zoom to, ms. */
  minSpanMs: number;
  /** Plot size in px. */
  width: number;
  height: number;
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/**
 * d3-zoom on the plot's `<svg>`, x only: wheel, drag, pinch and double-click become a visible time
 * window. The view state is the window (`ViewDomain`); d3's `{k, x}` is derived from it and the
 * geometry, so a resize keeps the same dates in view. d3 only listens to gestures here: it never
 * touches the nodes Lit renders (it stores its transform on the svg as `__zoom`, nothing else).
 *
 * Programmatic zooms are instant (no transition): that is what `prefers-reduced-motion` asks for,
 * and it keeps `zoomTo` synchronous for callers and benchmarks.
 */
export class ZoomController implements ReactiveController {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private svg: SvgSelection | null = null;
  private geometry: ZoomGeometry | null = null;
  private current: ViewDomain | null = null;
  private frame = 0;
  /** Set while the controller itself syncs d3's transform (resize, new data): no events then. */
  private silent = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.zoomed(event))
      .on('end', () => this.ended());
  }

  /** The window currently shown, or null before the first `configure`. */
  get domain(): ViewDomain | null {
    return this.current;
  }

  /** Binds the gestures to the plot's svg; call after each render (no-op when it is the same node). */
  attach(svg: SVGSVGElement | null): void {
    if (this.svg?.node() === svg) return;
    this.svg?.on('.zoom', null);
    this.svg = svg ? select(svg) : null;
    if (this.svg) {
      this.svg.call(this.behavior);
      this.sync();
    }
  }

  /**
   * Sets the extent and plot size. Keeps the shown window if it still fits, else shows `initial`
   * (or the whole extent). Fires nothing: geometry is not a user's change.
   */
  configure(geometry: ZoomGeometry, initial?: ViewDomain | null): void {
    const previous = this.geometry;
    this.geometry = geometry;
    const { width, height, extent, minSpanMs } = geometry;
    const span = extent.end - extent.start;
    this.behavior
      .extent([[0, 0], [width, Math.max(1, height)]])
      .scaleExtent([1, Math.max(1, span / minSpanMs)])
      .translateExtent([[0, -Infinity], [width, Infinity]]);
    const sameExtent = previous && previous.extent.start === extent.start && previous.extent.end === extent.end;
    const want = initial ?? (sameExtent ? this.current : null) ?? extent;
    this.current = this.domainOf(this.constrain(this.transformOf(want)));
    this.sync();
  }

  /** Shows `domain` (clamped to the zoom limits) and commits it: fires `onEnd`. */
  zoomTo(domain: ViewDomain): void {
    if (!this.geometry) return;
    const t = this.constrain(this.transformOf(domain));
    if (this.svg) this.behavior.transform(this.svg, t);
    else this.commit(this.domainOf(t));
  }

  /** Zooms by `factor` (>1 in) keeping the instant `centreMs` where it is on screen. */
  zoomBy(factor: number, centreMs?: number): void {
    const g = this.geometry;
    const d = this.current;
    if (!g || !d) return;
    const centre = centreMs ?? (d.start + d.end) / 2;
    const f = (centre - d.start) / (d.end - d.start);
    const span = (d.end - d.start) / factor;
    this.zoomTo({ start: centre - f * span, end: centre - f * span + span });
  }

  /** Back to the whole extent. */
  reset(): void {
    if (this.geometry) this.zoomTo(this.geometry.extent);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.svg?.on('.zoom', null);
    this.svg = null;
  }

  private zoomed(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    if (this.silent) return;
    this.current = this.domainOf(event.transform);
    if (!event.sourceEvent) {
      // Programmatic: apply now so `await el.updateComplete` sees it.
      this.flush();
      return;
    }
    // Gestures fire many events per frame: render once per frame.
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private ended(): void {
    if (this.silent) return;
    this.flush();
    if (this.current) this.options.onEnd(this.current);
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.current) this.options.onFrame(this.current);
  }

  private commit(domain: ViewDomain): void {
    this.current = domain;
    this.options.onFrame(domain);
    this.options.onEnd(domain);
  }

  /** Pushes the current window into d3's stored transform without firing events. */
  private sync(): void {
    if (!this.svg || !this.current) return;
    this.silent = true;
    try {
      this.behavior.transform(this.svg, this.transformOf(this.current));
    } finally {
      this.silent = false;
    }
  }

  private transformOf(d: ViewDomain): ZoomTransform {
    const g = this.geometry;
    if (!g) return zoomIdentity;
    const span = g.extent.end - g.extent.start;
    const k = span / Math.max(1, d.end - d.start);
    return zoomIdentity.translate((-k * (d.start - g.extent.start) * g.width) / span, 0).scale(k);
  }

  private domainOf(t: ZoomTransform): ViewDomain {
    const g = this.geometry;
    if (!g) return { start: 0, end: 0 };
    const span = g.extent.end - g.extent.start;
    const at = (px: number) => g.extent.start + ((px - t.x) / t.k / g.width) * span;
    return { start: at(0), end: at(g.width) };
  }

  /** d3's own limits (scale extent, translate extent), applied to a transform we computed. */
  private constrain(t: ZoomTransform): ZoomTransform {
    const g = this.geometry;
    if (!g) return t;
    const [k0, k1] = this.behavior.scaleExtent();
    const k = Math.min(k1, Math.max(k0, t.k));
    const scaled = zoomIdentity.translate(t.x * (k / t.k) + (g.width / 2) * (1 - k / t.k), 0).scale(k);
    const viewport: [[number, number], [number, number]] = [[0, 0], [g.width, Math.max(1, g.height)]];
    return this.behavior.constrain()(scaled, viewport, this.behavior.translateExtent());
  }
}
