import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clampTransform, domainOfTransform, LINEAR_TIME_AXIS, transformOfDomain, wheelZoomFactor, zoomAndPan,
  type TimeAxis, type ViewDomain, type ViewTransform,
} from '@syria-timeline/core';
import { localPoint } from '../local-point.js';
import { ViewAnimation } from '../view-animation.js';

export interface ZoomControllerOptions {
  /** The window changed during a gesture; called at most once per animation frame. */
  onFrame: (domain: ViewDomain) => void;
  /** A change is committed (gesture ended, or a programmatic zoom was applied). */
  onEnd: (domain: ViewDomain) => void;
  /** Whether a plain wheel zooms (the `wheel-zoom` attribute); otherwise only Ctrl/⌘ + wheel and pinches do. */
  wheelZoom?: () => boolean;
  /** A plain wheel turn over the plot was left to scroll the page or the lanes (show how to zoom). */
  onPlainWheel?: (e: WheelEvent) => void;
  /** How long a discrete step animates, ms, read when it starts (default `ZOOM_ANIMATION_MS`; 0: never). */
  durationMs?: () => number;
}

export interface ZoomGeometry {
  /** The whole time range one can see: the zoomed-out view (UTC ms). */
  extent: ViewDomain;
  /** The smallest window one can zoom to, ms (in the axis' units: on a folded axis a fold counts as drawn). */
  minSpanMs: number;
  /** The widest window one can zoom out to, ms, in the axis' units (default: the whole extent). */
  maxSpanMs?: number | undefined;
  /** Plot size in px. */
  width: number;
  height: number;
  /** The time axis the plot is drawn on: zooms and pans are linear in its units (default: linear time). */
  axis?: TimeAxis;
}

/** A wheel gesture ends after this long without wheel events, ms (as d3-zoom). */
export const WHEEL_END_MS = 150;
/** A pointer that moves farther than this (px) drags: the click that ends it is not a click. */
export const CLICK_DISTANCE_PX = 3;

interface Pointer {
  /** Plot x, px. */
  x: number;
  clientX: number;
  clientY: number;
  downX: number;
  downY: number;
}

/**
 * Zoom and pan of the plot's `<svg>`, time axis only: Ctrl/⌘ + wheel and trackpad pinches zoom
 * about the pointer (a plain wheel too with `wheelZoom`; otherwise it scrolls the page), a drag
 * (mouse or one finger) pans, two fingers pinch about their midpoint, a double-click zooms in 2×
 * (Shift: out). The view state is the window (`ViewDomain`); the `{k, x}` transform is derived
 * from it and the geometry (core's `view-transform`), so a resize keeps the same dates in view.
 * The controller only listens on the svg; it never touches the nodes Lit renders.
 *
 * The stylesheet gives the svg `touch-action: pan-y`: the page still scrolls vertically under a
 * finger, which matters on a phone where the plot can fill the screen; horizontal drags and
 * pinches come to us. A pinch the browser takes for a vertical scroll ends with `pointercancel`,
 * and the window stays where it got to.
 *
 * On a gap-compressed axis (`ZoomGeometry.axis`) the window is still UTC ms, but every gesture,
 * limit and step is worked out in the axis' units, as the plot is drawn: a drag moves the plot under
 * the pointer across a break too.
 *
 * Discrete steps (`zoomTo`, `zoomBy`, `reset`, the double-click) animate for `ZOOM_ANIMATION_MS`
 * (see `ViewAnimation`), and never under `prefers-reduced-motion`: then they are instant. Wheel,
 * drag and pinch follow the hand and are never animated. A gesture or a new step interrupts an
 * animation and continues from where it got to; `onEnd` is called once, when the view settles.
 * `settled` resolves then.
 */
export class ZoomController implements ReactiveController {
  private svg: SVGSVGElement | null = null;
  private listening: AbortController | null = null;
  private geometry: ZoomGeometry | null = null;
  private current: ViewDomain | null = null;
  private frame = 0;
  private wheelTimer: ReturnType<typeof setTimeout> | 0 = 0;
  private readonly pointers = new Map<number, Pointer>();
  /** The current gesture changed the window (so its end is a change to commit). */
  private dirty = false;
  /** The pointers of the current gesture travelled: the click that ends it is swallowed. */
  private moved = false;
  private swallowClick = false;
  private readonly animation = new ViewAnimation();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
  }

  /** The window currently shown, or null before the first `configure`. */
  get domain(): ViewDomain | null {
    return this.current;
  }

  /** While an animated step runs: a promise that resolves when it has settled (or was interrupted); else null. */
  get animating(): Promise<void> | null {
    return this.animation.running;
  }

  /** Binds the gestures to the plot's svg; call after each render (no-op when it is the same node). */
  attach(svg: SVGSVGElement | null): void {
    if (this.svg === svg) return;
    this.detach();
    this.svg = svg;
    if (!svg) return;
    this.listening = new AbortController();
    const signal = this.listening.signal;
    svg.addEventListener('wheel', this.onWheel, { passive: false, signal });
    svg.addEventListener('pointerdown', this.onPointerDown, { signal });
    svg.addEventListener('pointermove', this.onPointerMove, { signal });
    svg.addEventListener('pointerup', this.onPointerUp, { signal });
    svg.addEventListener('pointercancel', this.onPointerUp, { signal });
    svg.addEventListener('dblclick', this.onDoubleClick, { signal });
    // Capture: runs before the plot's own click handler (on the svg) and the marks'.
    svg.addEventListener('click', this.onClickCapture, { capture: true, signal });
  }

  /**
   * Sets the extent and plot size. Keeps the shown window if it still fits, else shows `initial`
   * (or the whole extent). Fires nothing: geometry is not a user's change. Returns whether it ended
   * a running step (a zoom, pan or `zoomTo` on its way) over the same data: that step was a change
   * the caller has to commit, since its `onEnd` will not come (new data starts over instead).
   */
  configure(geometry: ZoomGeometry, initial?: ViewDomain | null): boolean {
    const previous = this.geometry;
    // A new geometry ends an animation where it was headed (its steps were in the old units).
    const target = this.animation.stop();
    if (target) this.current = target;
    this.geometry = geometry;
    const { extent } = geometry;
    const sameExtent = previous && previous.extent.start === extent.start && previous.extent.end === extent.end;
    // A new axis for the same data keeps the dates in view; new data starts over.
    const sameData = sameExtent || (previous !== null && previous.axis !== geometry.axis);
    const want = initial ?? (sameData ? this.current : null) ?? extent;
    this.current = this.clamped(want);
    return target !== null && Boolean(sameData);
  }

  /** Shows `domain` (clamped to the zoom limits) and commits it: fires `onFrame` and `onEnd` now. */
  zoomTo(domain: ViewDomain): void {
    if (!this.geometry) return;
    this.commit(this.clamped(domain));
  }

  /** Zooms by `factor` (>1 in) keeping the instant `centreMs` where it is on screen (in the axis' units). */
  zoomBy(factor: number, centreMs?: number): void {
    if (!this.geometry || !this.current) return;
    const d = this.toAxis(this.current);
    const centre = centreMs === undefined ? (d.start + d.end) / 2 : this.axis.toAxis(centreMs);
    const f = (centre - d.start) / (d.end - d.start);
    const span = (d.end - d.start) / factor;
    this.zoomTo(this.fromAxis({ start: centre - f * span, end: centre - f * span + span }));
  }

  /** Pans (animated) by `windows` widths of the window, measured in the axis' units, keeping the zoom. */
  panBy(windows: number): void {
    if (!this.geometry || !this.current) return;
    const d = this.toAxis(this.current);
    const by = windows * (d.end - d.start);
    this.zoomTo(this.fromAxis({ start: d.start + by, end: d.end + by }));
  }

  /**
   * Pans (animated, keeping the zoom) to show `span`: its middle in the middle of the window when
   * it fits (in the axis' units, so a span across a fold is centred as drawn), else its start a
   * tenth of the window in from the left edge.
   */
  bringIntoView(span: ViewDomain): void {
    if (!this.geometry || !this.current) return;
    const d = this.toAxis(this.current);
    const width = d.end - d.start;
    const s = this.toAxis(span);
    const start = s.end - s.start <= width ? (s.start + s.end) / 2 - width / 2 : s.start - width / 10;
    this.zoomTo(this.fromAxis({ start, end: start + width }));
  }

  /** Back to the whole extent. */
  reset(): void {
    if (this.geometry) this.zoomTo(this.geometry.extent);
  }

  hostDisconnected(): void {
    this.animation.stop();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.wheelTimer);
    this.wheelTimer = 0;
    this.detach();
  }

  private detach(): void {
    this.listening?.abort();
    this.listening = null;
    this.svg = null;
    this.pointers.clear();
  }

  /**
   * Ctrl/⌘ + wheel, and a trackpad pinch (which browsers send as a wheel with `ctrlKey`), zoom
   * about the pointer; a plain wheel scrolls the page (unless `wheelZoom`), as on maps. Within a
   * zoom gesture every wheel event is ours, even at a zoom limit or once the key is released, so
   * the page never jumps in the middle of it.
   */
  private readonly onWheel = (e: WheelEvent): void => {
    this.interrupt();
    const t0 = this.transform();
    if (!t0 || !this.geometry) return;
    const zoomKey = e.ctrlKey || e.metaKey;
    if (!zoomKey && !this.wheelTimer && !this.options.wheelZoom?.()) {
      this.options.onPlainWheel?.(e);
      return;
    }
    const px = this.plotX(e);
    const t1 = zoomAndPan(t0, this.axisGeometry(), wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey), px, px);
    const changes = !same(t0, t1);
    // With `wheelZoom`, a fresh plain turn at a limit scrolls the page; within a gesture it never does.
    // Ctrl/⌘ + wheel is always ours: at a limit the browser would zoom the whole page.
    if (!changes && !this.wheelTimer && !zoomKey) return;
    e.preventDefault();
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => {
      this.wheelTimer = 0;
      this.end();
    }, WHEEL_END_MS);
    if (changes) this.show(t1);
  };

  /** The window can be zoomed in further (it is wider than the minimum span). */
  get canZoomIn(): boolean {
    const d = this.current;
    return !!d && !!this.geometry && d.end - d.start > this.geometry.minSpanMs * 1.001;
  }

  /** The window can be zoomed out further (it is narrower than the whole extent and than the widest span). */
  get canZoomOut(): boolean {
    const d = this.current;
    const g = this.geometry;
    if (!d || !g) return false;
    const span = this.axis.toAxis(d.end) - this.axis.toAxis(d.start);
    const widest = Math.min(this.axis.toAxis(g.extent.end) - this.axis.toAxis(g.extent.start), g.maxSpanMs ?? Infinity);
    return span < widest * 0.999;
  }

  /** The narrowest window one can zoom to, ms of the axis (the default until a geometry is given). */
  get minSpanMs(): number {
    return this.geometry?.minSpanMs ?? 0;
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    // As d3-zoom's filter: the primary button only, and no Ctrl (a context menu on macOS).
    if (e.button !== 0 || e.ctrlKey || this.pointers.size >= 2 || !this.geometry) return;
    this.interrupt();
    if (this.pointers.size === 0) this.moved = false;
    else this.moved = true; // a pinch is never a click
    const x = this.plotX(e);
    this.pointers.set(e.pointerId, { x, clientX: e.clientX, clientY: e.clientY, downX: e.clientX, downY: e.clientY });
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const p = this.pointers.get(e.pointerId);
    const t0 = this.transform();
    if (!p || !t0 || !this.geometry) return;
    // Released where we could not hear it (outside the window, before the capture): hovering is not dragging.
    if (e.pointerType === 'mouse' && !(e.buttons & 1)) return this.onPointerUp(e);
    if (!this.moved && Math.hypot(e.clientX - p.downX, e.clientY - p.downY) > CLICK_DISTANCE_PX) {
      this.moved = true;
      // Captured only once it is a drag: a captured pointer's click would target the svg, not the mark.
      try {
        this.svg?.setPointerCapture(e.pointerId);
      } catch {
        // Not an active pointer (a synthetic event): the drag still works while over the svg.
      }
    }
    const x = this.plotX(e);
    let t1: ViewTransform;
    const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
    if (other) {
      const before = Math.hypot(p.clientX - other.clientX, p.clientY - other.clientY);
      const after = Math.hypot(e.clientX - other.clientX, e.clientY - other.clientY);
      t1 = zoomAndPan(t0, this.axisGeometry(), before > 0 ? after / before : 1, (p.x + other.x) / 2, (x + other.x) / 2);
    } else {
      t1 = zoomAndPan(t0, this.axisGeometry(), 1, p.x, x);
    }
    p.x = x;
    p.clientX = e.clientX;
    p.clientY = e.clientY;
    if (!same(t0, t1)) this.show(t1);
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId) || this.pointers.size > 0) return;
    if (this.moved && e.type === 'pointerup') {
      // The click this pointerup is about to fire ends a drag: it must not select the mark under it.
      // With the pointer captured it targets the svg anyway; this also covers a failed capture.
      this.swallowClick = true;
      setTimeout(() => (this.swallowClick = false), 0);
    }
    this.end();
  };

  private readonly onClickCapture = (e: MouseEvent): void => {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    e.stopImmediatePropagation();
    e.preventDefault();
  };

  private readonly onDoubleClick = (e: MouseEvent): void => {
    const t0 = this.transform();
    if (!t0 || !this.geometry) return;
    e.preventDefault();
    const px = this.plotX(e);
    this.commit(this.fromAxis(domainOfTransform(zoomAndPan(t0, this.axisGeometry(), e.shiftKey ? 0.5 : 2, px, px), this.axisGeometry())));
  };

  /** A gesture step: the window changes now, the host hears of it on the next frame. */
  private show(t: ViewTransform): void {
    if (!this.geometry) return;
    this.current = this.fromAxis(domainOfTransform(t, this.axisGeometry()));
    this.dirty = true;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** A gesture ended: commit what it changed, if anything. */
  private end(): void {
    if (!this.dirty || !this.current) return;
    this.dirty = false;
    this.flush();
    this.options.onEnd(this.current);
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.current) this.options.onFrame(this.current);
  }

  /** A discrete step to `domain`: animated from the current window unless motion is reduced. */
  private commit(domain: ViewDomain): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.dirty = false;
    const from = this.current;
    const done = (): void => {
      this.current = domain;
      this.options.onFrame(domain);
      this.options.onEnd(domain);
    };
    if (!from) return done();
    const a = this.toAxis(from);
    const b = this.toAxis(domain);
    this.animation.start((p) => {
      if (p >= 1) return done();
      this.current = this.fromAxis({ start: a.start + (b.start - a.start) * p, end: a.end + (b.end - a.end) * p });
      this.options.onFrame(this.current);
    }, domain, this.options.durationMs?.());
  }

  /** A gesture takes over from an animated step where it got to; its end commits the window. */
  private interrupt(): void {
    if (this.animation.stop()) this.dirty = true;
  }

  /** The time axis the plot is drawn on (linear time until a geometry gives one). */
  get axis(): TimeAxis {
    return this.geometry?.axis ?? LINEAR_TIME_AXIS;
  }

  private toAxis(d: ViewDomain): ViewDomain {
    const { axis } = this;
    return { start: axis.toAxis(d.start), end: axis.toAxis(d.end) };
  }

  private fromAxis(d: ViewDomain): ViewDomain {
    const { axis } = this;
    return { start: axis.fromAxis(d.start), end: axis.fromAxis(d.end) };
  }

  /** The geometry in the axis' units (zoom limits included). */
  private axisGeometry(): ZoomGeometry {
    const g = this.geometry!;
    return g.axis === undefined || g.axis.folds.length === 0 ? g : { ...g, extent: this.toAxis(g.extent) };
  }

  private transform(): ViewTransform | null {
    return this.geometry && this.current ? transformOfDomain(this.toAxis(this.current), this.axisGeometry()) : null;
  }

  private clamped(d: ViewDomain): ViewDomain {
    const g = this.axisGeometry();
    const u = this.toAxis(d);
    const c = domainOfTransform(clampTransform(transformOfDomain(u, g), g), g);
    // Within the limits already: the very instants asked for, without the round trip's float noise.
    if (Math.abs(c.start - u.start) < 1 && Math.abs(c.end - u.end) < 1) return d;
    return this.fromAxis(c);
  }

  /** The event's x in the plot's coordinates (px from the svg's left edge, as the marks are drawn). */
  private plotX(e: MouseEvent): number {
    return this.svg ? localPoint(this.svg, e).x : e.clientX;
  }
}

/** Two transforms that draw the same (float noise from the window round trip aside). */
function same(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k / b.k - 1) < 1e-9 && Math.abs(a.x - b.x) < 1e-6;
}
