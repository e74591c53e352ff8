import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TimelineMessages } from '../messages.js';
import { eventListItems } from './event-list-items.js';

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
 * events in view with date and title (the title marked in the data's language, `dataLang`, when
 * that is not the interface's: the caller passes undefined then), in time order,
 * each a button that focuses its event. The items are keyed by event (`eventListItems`): when a
 * zoom settles, only the events that entered or left the list change its DOM.
 */
export function renderEventList(
  summary: string, items: readonly ListedEvent[], total: number, m: TimelineMessages, onPick: (id: string) => void,
  formatCount: (n: number) => string, dataLang: string | undefined,
): TemplateResult {
  // Buttons out of the Tab order (the list is not drawn, and a focus ring nobody sees helps no one):
  // a screen reader's browse mode activates them, and focus goes to the event's mark.
  const pick = (e: Event) => {
    const id = (e.target as Element | null)?.closest?.('[data-event]')?.getAttribute('data-event');
    if (id) onPick(id);
  };
  // The list changes only when a zoom settles (a new `items`), but the element renders on every zoom
  // frame: `guard` skips its 200 items' bindings until then.
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true" data-summary>${summary}</div>
    <div class="visually-hidden">${guard([items, total, m, dataLang], () => html`
      <ol aria-label=${m.eventsInView} @click=${pick} ${eventListItems(items, dataLang)}></ol>
      ${total > items.length ? html`<p>${m.more(total - items.length, formatCount(total - items.length))}</p>` : ''}`)}
    </div>`;
}
