import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LAYOUT_OPTIONS, hitTest, type ClusterMark, type EventMark, type TimelineLayout } from '@syria-timeline/core';
import { keyboardAction, type MarkMove } from '../keyboard-action.js';
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
  /** An arrow, Home or End from `from`: resolves to the key to focus once the view shows it (null: stay). */
  move: (from: string | null, move: MarkMove) => Promise<string | null>;
  /** Shift+←/→, Page Up/Down: pans by `by` windows; resolves to the key to focus after it (null: the plot). */
  pan: (by: number, from: string | null) => Promise<string | null>;
  /** Resolves once the host has drawn (not waiting for key moves: they call it themselves). */
  drawn: () => Promise<unknown>;
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
  /** The host is updating: a focused proxy removed now was not left by the user. */
  private updating = false;
  /** Focus fell off a proxy that the update removed or moved: put it back on the tab stop. */
  private lostFocus = false;
  /** Key moves in progress, run one after another (each may pan and wait for a render). */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
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

  /** Focuses the mark that holds the tab stop, or the plot itself when no mark is in view. */
  focusActive(): void {
    const root = this.options.root();
    if (this.activeKey) {
      for (const node of root.querySelectorAll<SVGElement>('[data-key]')) {
        if (node.dataset['key'] === this.activeKey) {
          node.focus({ preventScroll: true });
          return;
        }
      }
    }
    root.querySelector<SVGSVGElement>('svg.main')?.focus({ preventScroll: true });
  }

  /** Moves the tab stop to `key` (null: the plot) and focus with it once drawn. */
  async focusOn(key: string | null): Promise<void> {
    this.setActive(key);
    this.focusKey = key;
    this.host.requestUpdate();
    await this.options.drawn();
    this.focusActive();
  }

  /** Settles once the key moves pressed so far are done (null when none is). */
  get moving(): Promise<void> | null {
    return this.queued > 0 ? this.queue : null;
  }

  hostUpdate(): void {
    this.updating = true;
  }

  hostUpdated(): void {
    this.updating = false;
    // Zooming, panning or a reset can remove the focused mark (it joins a pill, or leaves the
    // window): focus goes to the tab stop, which the element has moved to the pill now holding
    // it or to the nearest mark. Never to <body>, where the arrows would do nothing.
    const root = this.options.root() as ShadowRoot;
    const svg = root.querySelector<SVGSVGElement>('svg.main');
    if (this.lostFocus || (this.plotFocused && !root.activeElement)) {
      this.lostFocus = false;
      if (svg) {
        this.plotFocused = true;
        this.focusActive();
      }
    } else if (this.activeKey !== null && root.activeElement === svg && svg?.matches(':focus-visible')) {
      // The plot held the tab stop (no mark was in view) and a mark has come into view: it takes it.
      this.focusActive();
    }
  }

  /** Runs key moves in order: a second arrow pressed while the first pans waits for it. */
  private enqueue(step: () => Promise<string | null>): void {
    this.queued++;
    this.queue = this.queue.then(async () => {
      try {
        await this.focusOn(await step());
      } finally {
        this.queued--;
      }
    }).catch(() => undefined);
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
      // On a stance observation (its own tab stop and keys): only zoom and pan reach the plot, and focus stays there.
      if ((e.target as Element | null)?.closest?.('[data-stance]')) {
        if (action.kind === 'zoom') this.options.zoom(action.direction, from);
        else if (action.kind === 'pan') void this.options.pan(action.by, null);
        else return;
        e.preventDefault();
        return;
      }
      e.preventDefault();
      switch (action.kind) {
        case 'move':
          this.enqueue(async () => {
            const here = this.activeKey ?? from;
            return (await this.options.move(here, action.move)) ?? here;
          });
          return;
        case 'pan':
          this.enqueue(() => this.options.pan(action.by, this.activeKey ?? from));
          return;
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
      if (!next && this.updating) {
        // The update removed or moved the focused proxy: not the user leaving the plot.
        this.lostFocus = true;
        return;
      }
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
