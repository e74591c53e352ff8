import { html, type TemplateResult } from 'lit';
import type { TimelineMessages } from '../messages.js';
import { eventListItems } from './event-list-items.js';

export interface ListedEvent {
  id: string;
  /** The date, in the interface's locale. */
  date: string;
  /** The title, as the data gives it (in the data's `lang`). */
  title: string;
}

/**
 * For screen readers: the visually hidden list of the events in view with date and title (the
 * title marked in the data's language, `dataLang`, when that is not the interface's: the caller
 * passes undefined then), in time order, each a button that focuses its event, and "n more" under
 * it when the view holds more than the list. A lazy chunk (event-list-controller.ts loads it while
 * the first list is held back): the first paint carries only the live summary. The items are keyed
 * by event (`eventListItems`): when a zoom settles, only the events that entered or left the list
 * change its DOM.
 */
export function renderEventList(
  items: readonly ListedEvent[], total: number, m: TimelineMessages, onPick: (id: string) => void,
  formatCount: (n: number) => string, dataLang: string | undefined,
): TemplateResult {
  // Buttons out of the Tab order (the list is not drawn, and a focus ring nobody sees helps no one):
  // a screen reader's browse mode activates them, and focus goes to the event's mark.
  const pick = (e: Event) => {
    const id = (e.target as Element | null)?.closest?.('[data-event]')?.getAttribute('data-event');
    if (id) onPick(id);
  };
  return html`<ol aria-label=${m.eventsInView} @click=${pick} ${eventListItems(items, dataLang)}></ol>
    ${total > items.length ? html`<p>${m.more(total - items.length, formatCount(total - items.length))}</p>` : ''}`;
}
