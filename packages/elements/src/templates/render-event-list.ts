import { html, type TemplateResult } from 'lit';
import type { TimelineMessages } from '../messages.js';

export interface ListedEvent {
  id: string;
  text: string;
}

/** Most items the hidden list carries; beyond this a count is read instead (100,000 <li> would hurt everyone). */
export const EVENT_LIST_LIMIT = 200;

/**
 * For screen readers: a polite live summary of the window ("Showing 12 events, Jan 2012 – Mar
 * 2012"), updated when a zoom settles rather than every frame, and a visually hidden list of the
 * events in view with date and title, in time order.
 */
export function renderEventList(summary: string, items: readonly ListedEvent[], total: number, m: TimelineMessages): TemplateResult {
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true" data-summary>${summary}</div>
    <div class="visually-hidden">
      <ol aria-label=${m.eventsInView}>
        ${items.map((i) => html`<li data-event=${i.id} dir="auto">${i.text}</li>`)}
      </ol>
      ${total > items.length ? html`<p>${m.more(total - items.length)}</p>` : ''}
    </div>`;
}
