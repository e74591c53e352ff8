import { markBox, type TimelineLayout } from '@syria-timeline/core';
import type { Stop } from './keyboard-navigation.js';
import { holderOf } from './holder-of.js';
import type { PinnedProxy } from './templates/render-marks.js';

/**
 * An event chosen from a pill's list (or by `focusEvent`) that has no mark of its own even at the
 * minimum zoom (a dense day): a proxy named after it stands on the pill that holds it, so focus
 * can rest on a control named after the event. It lasts while the event is focused or selected.
 */
export class PinnedEvent {
  private current: { eventId: string; laneId: string } | null = null;

  constructor(
    private readonly layout: () => TimelineLayout | null,
    private readonly startOf: (id: string) => number | undefined,
  ) {}

  set(eventId: string, laneId: string): void {
    this.current = { eventId, laneId };
  }

  /** Drops the pin once its event is neither focused nor selected. */
  update(activeKey: string | null, selectedId: string | undefined): void {
    const c = this.current;
    if (c && activeKey !== `${c.eventId}@${c.laneId}` && selectedId !== c.eventId) this.current = null;
  }

  /** The pinned event as a keyboard stop, while it is on a pill (null once it has a mark of its own or leaves the layout). */
  stop(): (Stop & { holderKey: string }) | null {
    const c = this.current;
    const layout = this.layout();
    const start = c && this.startOf(c.eventId);
    if (!c || !layout || start === undefined || start === null) return null;
    const holder = holderOf(layout, c.eventId, c.laneId, start);
    if (!holder || 'eventId' in holder) return null;
    return { key: `${c.eventId}@${c.laneId}`, laneId: c.laneId, start, end: start, row: holder.row, holderKey: holder.key };
  }

  /** What to draw for it (see `pinnedProxy`), given its name and date basis. */
  proxy(name: (eventId: string, laneId: string) => string, basis: (eventId: string) => string): (PinnedProxy & { laneId: string }) | null {
    const stop = this.stop();
    const layout = this.layout();
    const pill = stop && layout?.clusters.find((c) => c.key === stop.holderKey);
    if (!stop || !pill || !this.current) return null;
    const { eventId, laneId } = this.current;
    return { key: stop.key, laneId, name: name(eventId, laneId), basis: basis(eventId), box: markBox(pill, 0) };
  }
}
