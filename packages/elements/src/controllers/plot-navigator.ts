import type { ClusterMark, EventMark, PreparedTimeline, TimelineLayout, ViewDomain } from '@syria-timeline/core';
import type { MarkMove } from '../keyboard-action.js';
import { moveTarget, windowReaching, windowShowing, type Stop } from '../keyboard-navigation.js';
import { holderOf } from '../holder-of.js';
import { inView } from '../in-view.js';

export interface PlotNavigatorOptions {
  layout: () => TimelineLayout | null;
  prepared: () => PreparedTimeline | null;
  /** UTC ms start of an event, by id. */
  startOf: (id: string) => number | undefined;
  /** Shows a window (clamped to the zoom limits) at once. */
  zoomTo: (domain: ViewDomain) => void;
  /** Pans by a share of the window, measured along the axis as drawn (a fold counts as its width on screen). */
  panBy: (windows: number) => void;
  /** Resolves once the element has drawn the window asked for. */
  settle: () => Promise<void>;
  /** The stop of an event shown on its pill (see `PinnedProxy`), if any. */
  pinned: () => Stop | null;
  markSize: number;
}

/**
 * Where the plot's keys take the user, panning the view so that the focused mark is always
 * whole on screen: the arrows, Home and End go past the window's edges (to the lane's
 * previous, next, first or last event, wherever it is), and Shift+←/→ and Page Up/Down pan.
 * Each resolves to the key of the stop to focus once the view has been drawn.
 */
export class PlotNavigator {
  constructor(private readonly o: PlotNavigatorOptions) {}

  async move(from: string | null, move: MarkMove): Promise<string | null> {
    let layout = this.o.layout();
    const prepared = this.o.prepared();
    if (!layout || !prepared) return null;
    const target = moveTarget(layout, prepared, from, move, this.o.startOf, this.o.pinned());
    if (!target) return null;
    let key: string;
    if ('key' in target) key = target.key;
    else {
      if (!holderOf(layout, target.eventId, target.laneId, target.start)) {
        this.o.zoomTo(windowReaching(layout.domain, layout.width, target.start, this.o.markSize));
        await this.o.settle();
        layout = this.o.layout();
        if (!layout) return null;
      }
      const holder = holderOf(layout, target.eventId, target.laneId, target.start);
      if (!holder) return null;
      key = holder.key;
    }
    await this.reveal(key);
    return key;
  }

  /** Pans (never zooms) so that stop `key` is whole on screen, away from the edges. */
  async reveal(key: string): Promise<void> {
    const layout = this.o.layout();
    const item = layout && this.item(layout, key);
    const window = item && windowShowing(layout, item, this.o.markSize);
    if (!window) return;
    this.o.zoomTo(window);
    await this.o.settle();
  }

  /**
   * Pans by `by` windows (in the axis' units). Focus stays on `from` while it is whole on screen; otherwise it goes to
   * the stop on screen nearest in time (in its lane if it has one), or to the plot when none is.
   */
  async pan(by: number, from: string | null): Promise<string | null> {
    const before = this.o.layout();
    if (!before) return from;
    const was = from === null ? undefined : this.item(before, from);
    this.o.panBy(by);
    await this.o.settle();
    const layout = this.o.layout();
    if (!layout) return null;
    const now = from === null ? undefined : this.item(layout, from);
    if (now && inView(layout, now, this.o.markSize, true)) return from;
    // Whole on screen if any is, so that focus never rests on a mark cut by the edge.
    const stops = [...layout.marks, ...layout.clusters];
    const whole = stops.filter((s) => inView(layout, s, this.o.markSize, true));
    const shown = whole.length ? whole : stops.filter((s) => inView(layout, s, this.o.markSize));
    if (shown.length === 0) return null;
    const t = was ? (was.start + was.end) / 2 : (layout.domain.start + layout.domain.end) / 2;
    const pool = was && shown.some((s) => s.laneId === was.laneId) ? shown.filter((s) => s.laneId === was.laneId) : shown;
    const gap = (s: EventMark | ClusterMark) => (t < s.start ? s.start - t : t > s.end ? t - s.end : 0);
    return pool.reduce((best, s) => (gap(s) < gap(best) ? s : best)).key;
  }

  /** The mark or pill of `key` in `layout`; for a pinned event, the pill it is shown on. */
  private item(layout: TimelineLayout, key: string): EventMark | ClusterMark | undefined {
    const found = layout.marks.find((m) => m.key === key) ?? layout.clusters.find((c) => c.key === key);
    if (found) return found;
    const pinned = this.o.pinned();
    if (pinned?.key !== key) return undefined;
    return holderOf(layout, key.slice(0, key.lastIndexOf('@')), pinned.laneId, pinned.start);
  }
}
