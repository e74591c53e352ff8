import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LAYOUT_OPTIONS, hitTest, navigateMarks, type ClusterMark, type EventMark, type TimelineLayout } from '@syria-timeline/core';
import { keyboardAction } from '../keyboard-action.js';
import { localPoint } from '../local-point.js';

export interface PlotInteractionOptions {
  /** The layout on screen. */
  layout: () => TimelineLayout | null;
  /** The shadow root the marks live in. */
  root: () => ParentNode;
  /** Click, Enter or Space on a mark or cluster. */
  activate: (key: string) => void;
  /** The marks and clusters of the lane at plot y (px from the lanes' top), for hit testing. */
  laneItems: (y: number) => { marks: readonly EventMark[]; clusters: readonly ClusterMark[] } | null;
  /** Offset of the lanes' top inside the plot svg, px (the axis above them). */
  lanesTop: number;
  /** Escape. */
  clear: () => void;
  /** + / − / 0, around the mark with `key` (null: the centre). */
  zoom: (direction: 'in' | 'out' | 'reset', key: string | null) => void;
}

/**
 * The plot's pointer and keyboard behaviour: one tab stop moved with the arrow keys (roving
 * tabindex), hover and focus for the tooltip, and activation. Listeners are delegated on the
 * plot svg (`handlers`), so thousands of marks carry none.
 */
export class PlotInteractionController implements ReactiveController {
  /** The mark or cluster holding the tab stop. */
  activeKey: string | null = null;
  /** The mark under the pointer, and the focused one: either shows the tooltip. */
  hoverKey: string | null = null;
  focusKey: string | null = null;
  private plotFocused = false;
  /** A mark has keyboard focus (`:focus-visible`): the focus ring shows. */
  focusVisible = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlotInteractionOptions,
  ) {
    host.addController(this);
  }

  /** Moves the tab stop (and, after the next render, focus if the plot has it). */
  setActive(key: string | null): void {
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.host.requestUpdate();
  }

  /** Focuses the mark that holds the tab stop. */
  focusActive(): void {
    if (!this.activeKey) return;
    for (const node of this.options.root().querySelectorAll<SVGGElement>('[data-key]')) {
      if (node.dataset['key'] === this.activeKey) {
        node.focus({ preventScroll: true });
        return;
      }
    }
  }

  hostUpdated(): void {
    // Zooming can remove the focused mark (it joins a cluster): keep keyboard focus in the plot.
    const root = this.options.root() as ShadowRoot;
    if (this.plotFocused && !root.activeElement) this.focusActive();
  }

  /** The mark or cluster under a pointer event, by position (the proxies have no geometry). */
  private keyAt(e: MouseEvent): string | null {
    const layout = this.options.layout();
    const svg = e.currentTarget as SVGSVGElement | null;
    if (!layout || !(svg instanceof SVGSVGElement)) return null;
    const point = localPoint(svg, e);
    const x = point.x;
    const y = point.y - this.options.lanesTop;
    const items = this.options.laneItems(y);
    if (!items) return null;
    return hitTest(items, x, y, { markSize: DEFAULT_LAYOUT_OPTIONS.markSize, width: layout.width })?.key ?? null;
  }

  readonly handlers = {
    keydown: (e: KeyboardEvent): void => {
      const action = keyboardAction(e);
      const layout = this.options.layout();
      if (!action || !layout) return;
      const from = keyOf(e) ?? this.activeKey;
      e.preventDefault();
      switch (action.kind) {
        case 'move': {
          const next = navigateMarks(layout, from, action.move);
          if (next) {
            this.setActive(next);
            this.focusKey = next;
            void this.host.updateComplete.then(() => this.focusActive());
          }
          return;
        }
        case 'activate':
          if (from) this.options.activate(from);
          return;
        case 'clear':
          this.options.clear();
          return;
        case 'zoom':
          this.options.zoom(action.direction, from);
          return;
      }
    },
    click: (e: MouseEvent): void => {
      const key = keyOf(e) ?? this.keyAt(e);
      if (!key) return;
      this.setActive(key);
      this.options.activate(key);
    },
    focusin: (e: FocusEvent): void => {
      this.plotFocused = true;
      this.focusVisible = (e.target as Element).matches(':focus-visible');
      const key = keyOf(e);
      if (key) {
        this.setActive(key);
        this.focusKey = key;
        this.host.requestUpdate();
      }
    },
    focusout: (e: FocusEvent): void => {
      const next = e.relatedTarget as Node | null;
      const plot = (e.currentTarget as Element | null) ?? null;
      if (!next || !plot?.contains(next)) {
        this.plotFocused = false;
        this.focusVisible = false;
        this.focusKey = null;
        this.host.requestUpdate();
      }
    },
    pointermove: (e: PointerEvent): void => {
      // Touch has no hover: a tap selects (click), the tooltip shows on focus.
      if (e.pointerType === 'touch') return;
      // While a button is down the plot is being dragged: no hover.
      const key = e.buttons ? null : this.keyAt(e);
      if (key !== this.hoverKey) {
        this.hoverKey = key;
        this.host.requestUpdate();
      }
    },
    pointerleave: (): void => {
      this.hoverKey = null;
      this.host.requestUpdate();
    },
  };
}

/** The key of the mark or cluster proxy an event was dispatched on (keyboard, assistive technology). */
function keyOf(e: Event): string | null {
  const target = (e.target as Element | null)?.closest?.('[data-key]');
  return target?.getAttribute('data-key') ?? null;
}
