import { formatCount, formatWhen, type ClusterMark, type EventMark, type TimelineEvent } from '@syria-timeline/core';
import type { TimelineMessages } from './messages.js';
import { eventTypeName } from './templates/render-legend.js';

/**
 * The accessible names of marks, pills and pill-list options, in the interface language (see
 * `NavigationMessages`): 'Veto: Russia and China veto the UN draft on Syria, 4 Feb 2012, Russia
 * lane'. The type the glyph shows comes first, the lane last (an event in two lanes has a mark
 * in each); how the date was found is the marks' description, not part of the name. Memoised per
 * language and date locale: a zoom step names only the marks that get a proxy.
 */
export class MarkNames {
  private names = new Map<string, string>();
  private messages: TimelineMessages | null = null;
  private locale = '';
  private days: Intl.DateTimeFormat | null = null;

  constructor(
    /** Event `id`; `start` (UTC ms) is its start when known, for a cheaper look-up. */
    private readonly eventOf: (id: string, start?: number) => TimelineEvent | undefined,
    private readonly laneLabel: (laneId: string) => string,
  ) {}

  /** Sets the language and the dates' locale; names made for others are dropped. */
  use(messages: TimelineMessages, locale: string): this {
    if (messages !== this.messages || locale !== this.locale) {
      this.messages = messages;
      this.locale = locale;
      this.names.clear();
      // Made when a pill is first named (building one costs more than a zoom step's naming).
      this.days = null;
    }
    return this;
  }

  /** The name of event `eventId`'s mark in lane `laneId` (also of the proxy standing for it on a pill); `start` as for `eventOf`. */
  event(eventId: string, laneId: string, start?: number): string {
    const key = `${eventId}@${laneId}`;
    let name = this.names.get(key);
    if (name === undefined) {
      const e = this.eventOf(eventId, start);
      const m = this.messages!.navigation;
      name = e ? m.markName(eventTypeName(e.type, this.messages!), e.title, formatWhen(e.when, { locale: this.locale }), this.laneLabel(laneId)) : key;
      this.names.set(key, name);
    }
    return name;
  }

  mark(m: EventMark): string {
    return this.event(m.eventId, m.laneId, m.start);
  }

  /** An event as an option of a pill's list (the list names the lane). */
  option(eventId: string): string {
    const e = this.eventOf(eventId);
    if (!e) return eventId;
    return this.messages!.navigation.optionName(eventTypeName(e.type, this.messages!), e.title, formatWhen(e.when, { locale: this.locale }));
  }

  /** '6 events, 30 Jan – 8 Feb 2012, Russia lane; Enter lists them'. */
  cluster(c: ClusterMark): string {
    let name = this.names.get(c.key);
    if (name === undefined) {
      name = this.messages!.navigation.pillName(c.count, formatCount(c.count, this.locale), this.span(c), this.laneLabel(c.laneId));
      this.names.set(c.key, name);
    }
    return name;
  }

  /** The label of the list a pill opens (its name without the hint). */
  pillList(c: ClusterMark): string {
    return this.messages!.navigation.pillList(c.count, formatCount(c.count, this.locale), this.span(c), this.laneLabel(c.laneId));
  }

  /** The days a pill covers: '30 Jan – 8 Feb 2012', or one day. */
  private span(c: ClusterMark): string {
    this.days ??= new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return this.days.formatRange(c.start, Math.max(c.start, c.end));
  }
}
