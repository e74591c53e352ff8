import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineMessages } from '../messages.js';

export interface ListedEvent {
  id: string;
  /** The date, in the interface's locale. */
  date: string;
  /** The title, as the data gives it (in the data's `lang`). */
  title: string;
}

/** Most items the hidden list carries; beyond this a count is read instead (100,000 <li> would hurt everyone). */
export const EVENT_LIST_LIMIT = 200;

/**
 * For screen readers: a polite live summary of the window ("Showing 12 events, Jan 2012 – Mar
 * 2012"), updated when a zoom settles rather than every frame, and a visually hidden list of the
 * events in view with date and title (the title in the data's language, `dataLang`), in time order.
 */
export function renderEventList(
  summary: string, items: readonly ListedEvent[], total: number, m: TimelineMessages,
  formatCount: (n: number) => string, dataLang: string | undefined,
): TemplateResult {
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true" data-summary>${summary}</div>
    <div class="visually-hidden">
      <ol aria-label=${m.eventsInView}>
        ${items.map((i) => html`<li data-event=${i.id}>${i.date}: <span dir="auto" lang=${ifDefined(dataLang)}>${i.title}</span></li>`)}
      </ol>
      ${total > items.length ? html`<p>${m.more(total - items.length, formatCount(total - items.length))}</p>` : ''}
    </div>`;
}
