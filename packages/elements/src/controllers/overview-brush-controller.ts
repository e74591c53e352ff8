import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewDomain } from '@syria-timeline/core';
import { localPoint } from '../local-point.js';

/** Width of the grips on the selection's edges, px: d3-brush's handleSize is 6; 24 meets WCAG 2.5.8 (target size). */
export const BRUSH_HANDLE_PX = 24;

type Mode = 'move' | 'w' | 'e' | 'new';
type Interval = readonly [number, number];

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The brush of the overview strip, x only: the selection is the visible window. Drag inside it
 * to move it, drag an edge to resize it, drag on the empty strip to draw a new one; a click
 * without a drag changes nothing. `onBrush` is called when the user lets go, never for `update`.
 *
 * Lit renders the strip and an empty `<g class="brush">`; this controller creates and owns that
 * group's children (overlay, selection, two handles, with d3-brush's class names), which Lit
 * never renders into, so each node still has one owner.
 */
export class OverviewBrushController implements ReactiveController {
  private group: SVGGElement | null = null;
  private listening: AbortController | null = null;
  private nodes: { overlay: SVGRectElement; selection: SVGRectElement; w: SVGRectElement; e: SVGRectElement } | null = null;
  private extent: ViewDomain = { start: 0, end: 1 };
  private width = 0;
  private height = 0;
  /** The window shown, px. */
  private shown: Interval = [0, 0];
  private drag: { pointerId: number; mode: Mode; x0: number; from: Interval; to: Interval } | null = null;

  constructor(
    host: ReactiveControllerHost,
    /** Called when the user finishes brushing a window. */
    private readonly onBrush: (domain: ViewDomain) => void,
  ) {
    host.addController(this);
  }

  /** Binds to the overview group and shows `domain` as the selection; fires nothing. */
  update(group: SVGGElement | null, width: number, height: number, extent: ViewDomain, domain: ViewDomain): void {
    if (this.group !== group) this.bind(group);
    if (!this.nodes || width <= 0) return;
    this.width = width;
    this.height = height;
    this.extent = extent;
    const { overlay } = this.nodes;
    set(overlay, 'width', String(width));
    set(overlay, 'height', String(height));
    const span = extent.end - extent.start;
    const x0 = Math.max(0, ((domain.start - extent.start) / span) * width);
    const x1 = Math.min(width, ((domain.end - extent.start) / span) * width);
    this.shown = [x0, Math.max(x0 + 1, x1)];
    // A zoom that lands while the user drags the brush must not yank the selection from under them.
    if (!this.drag) this.draw(this.shown);
  }

  hostDisconnected(): void {
    this.bind(null);
  }

  private bind(group: SVGGElement | null): void {
    this.listening?.abort();
    this.listening = null;
    if (this.nodes) for (const node of Object.values(this.nodes)) node.remove();
    this.nodes = null;
    this.drag = null;
    this.group = group;
    if (!group) return;
    const rect = (className: string, cursor: string) => {
      const node = document.createElementNS(SVG_NS, 'rect');
      node.setAttribute('class', className);
      node.setAttribute('cursor', cursor);
      return node;
    };
    const overlay = rect('overlay', 'crosshair');
    overlay.setAttribute('fill', 'none');
    overlay.setAttribute('pointer-events', 'all');
    const selection = rect('selection', 'move');
    const w = rect('handle handle--w', 'ew-resize');
    const e = rect('handle handle--e', 'ew-resize');
    for (const handle of [w, e]) {
      handle.setAttribute('fill', 'none');
      handle.setAttribute('pointer-events', 'all');
      handle.setAttribute('width', String(BRUSH_HANDLE_PX));
    }
    group.append(overlay, selection, w, e);
    this.nodes = { overlay, selection, w, e };
    this.listening = new AbortController();
    const signal = this.listening.signal;
    group.addEventListener('pointerdown', this.onPointerDown, { signal });
    group.addEventListener('pointermove', this.onPointerMove, { signal });
    group.addEventListener('pointerup', this.onPointerUp, { signal });
    group.addEventListener('pointercancel', this.onPointerUp, { signal });
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || this.drag || !this.nodes || this.width <= 0) return;
    const target = e.target as Element;
    const mode: Mode =
      target === this.nodes.w ? 'w' : target === this.nodes.e ? 'e' : target === this.nodes.selection ? 'move' : 'new';
    e.preventDefault();
    this.drag = { pointerId: e.pointerId, mode, x0: this.stripX(e), from: this.shown, to: this.shown };
    try {
      this.group?.setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): the drag still works while over the strip.
    }
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const x = this.stripX(e);
    const [a, b] = drag.from;
    let next: Interval;
    switch (drag.mode) {
      case 'move': {
        const dx = Math.min(this.width - b, Math.max(-a, x - drag.x0));
        next = [a + dx, b + dx];
        break;
      }
      // Dragging an edge past the other one flips the selection, as d3-brush does.
      case 'w':
        next = ordered(x, b);
        break;
      case 'e':
        next = ordered(a, x);
        break;
      case 'new':
        next = ordered(drag.x0, x);
        break;
    }
    drag.to = next;
    this.draw(next);
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = null;
    const [x0, x1] = drag.to;
    const changed = Math.abs(x0 - drag.from[0]) >= 0.5 || Math.abs(x1 - drag.from[1]) >= 0.5;
    // A click (or a cancelled or empty drag) keeps the window shown.
    if (e.type !== 'pointerup' || !changed || x1 - x0 < 1) {
      this.draw(this.shown);
      return;
    }
    this.shown = drag.to;
    const span = this.extent.end - this.extent.start;
    const at = (px: number) => this.extent.start + (px / this.width) * span;
    this.onBrush({ start: at(x0), end: at(x1) });
  };

  private draw([x0, x1]: Interval): void {
    if (!this.nodes) return;
    const { selection, w, e } = this.nodes;
    const h = String(this.height);
    set(selection, 'x', String(x0));
    set(selection, 'width', String(x1 - x0));
    set(selection, 'height', h);
    set(w, 'x', String(x0 - BRUSH_HANDLE_PX / 2));
    set(e, 'x', String(x1 - BRUSH_HANDLE_PX / 2));
    set(w, 'height', h);
    set(e, 'height', h);
  }

  /** The event's x on the strip, clamped to it, px. */
  private stripX(e: PointerEvent): number {
    const x = this.group ? localPoint(this.group, e).x : e.clientX;
    return Math.min(this.width, Math.max(0, x));
  }
}

function ordered(a: number, b: number): Interval {
  return a <= b ? [a, b] : [b, a];
}

/** Writes an attribute only when its value changes: an update that changes nothing touches no node. */
function set(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}
