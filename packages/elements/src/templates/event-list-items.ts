import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ListedEvent } from './render-event-list.js';

/** One item's nodes, and the event they show. */
interface Item {
  li: HTMLLIElement;
  button: HTMLButtonElement;
  /** The title's element when the title has a language of its own, else null. */
  span: HTMLSpanElement | null;
  /** 'DATE: ' before the title's element, or with no such element the whole text, 'DATE: TITLE'. */
  text: Text;
  /** The title, in its element. */
  title: Text | null;
  shown: ListedEvent;
}

/**
 * `<li><button type="button" tabindex="-1" data-event=…>DATE: TITLE</button></li>` (`plain`), and with
 * the title in `<span dir="auto" lang=…>` (`marked`), to clone.
 */
const prototypes: { plain?: HTMLLIElement; marked?: HTMLLIElement } = {};

function prototype(doc: Document, marked: boolean): HTMLLIElement {
  const li = doc.createElement('li');
  const button = li.appendChild(doc.createElement('button'));
  button.type = 'button';
  button.tabIndex = -1;
  button.append(doc.createTextNode(''));
  if (marked) {
    const span = button.appendChild(doc.createElement('span'));
    span.dir = 'auto';
    span.append(doc.createTextNode(''));
  }
  return li;
}

function create(doc: Document, lang: string | undefined): Item {
  const marked = lang !== undefined;
  const li = (marked ? (prototypes.marked ??= prototype(doc, true)) : (prototypes.plain ??= prototype(doc, false))).cloneNode(true) as HTMLLIElement;
  const button = li.firstChild as HTMLButtonElement;
  const span = marked ? (button.lastChild as HTMLSpanElement) : null;
  if (span) span.setAttribute('lang', lang!);
  return { li, button, span, text: button.firstChild as Text, title: span && (span.firstChild as Text), shown: { id: '', date: '', title: '' } };
}

/** Writes only what differs from what the item shows (the language only when it changed for the whole list). */
function show(item: Item, e: ListedEvent): void {
  const was = item.shown;
  if (was.id !== e.id) item.button.setAttribute('data-event', e.id);
  if (item.title) {
    if (was.date !== e.date) item.text.data = `${e.date}: `;
    if (was.title !== e.title) item.title.data = e.title;
  } else if (was.date !== e.date || was.title !== e.title) item.text.data = `${e.date}: ${e.title}`;
  item.shown = e;
}

/**
 * The items of the hidden list of events in view, written straight into the `<ol>` it is bound to
 * (which must have no other children): `<li><button data-event=ID>DATE: TITLE</button></li>`, the
 * title in `<span dir="auto" lang=LANG>` when `lang` is given (the caller gives it only when the
 * data's language is not the list's own: an element that says nothing new is only more to lay out).
 * Keyed by event id: an event still in the list keeps its item untouched, and an item whose event
 * left is reused for one that entered (its attribute and two text nodes rewritten, where they
 * differ), so a zoom or pan that keeps most of the list changes only what entered or left; items
 * are moved only when the order needs it, created only when the list grew, removed when it shrank.
 * (Lit's `map` by position rewrote all 200 items whenever the first one changed: 600 DOM writes and
 * a new layout of every item, 300 ms after each zoom settled.)
 *
 * Usage: `html\`<ol ${eventListItems(items, dataLang)}></ol>\``.
 */
class EventListItemsDirective extends Directive {
  private items = new Map<string, Item>();
  private lang: string | undefined = undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('eventListItems() goes on an element, as an element binding');
  }

  render(_items: readonly ListedEvent[], _lang: string | undefined): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [events, lang]: [readonly ListedEvent[], string | undefined]): typeof noChange {
    const list = part.element;
    // A title element comes or goes on every item: the items are made anew.
    if ((lang === undefined) !== (this.lang === undefined)) {
      for (const item of this.items.values()) item.li.remove();
      this.items.clear();
    }
    const old = this.items;
    const next = new Map<string, Item>();
    const unique: ListedEvent[] = [];
    for (const e of events) {
      if (next.has(e.id)) continue; // a duplicate id is listed once
      next.set(e.id, old.get(e.id)!);
      unique.push(e);
    }
    // Items whose event left, by node and in document order: reused for the events that entered.
    const free = new Map<Node, Item>();
    for (const item of old.values()) if (next.get(item.shown.id) !== item) free.set(item.li, item);
    const spare = free.values();
    const relang = lang !== this.lang;
    let cursor = list.firstChild;
    for (const e of unique) {
      let item = next.get(e.id);
      // A kept item goes after the free items at the cursor (they are reused later, or removed):
      // one event leaving the list's start then moves nothing.
      if (item !== undefined) while (cursor && free.has(cursor)) cursor = cursor.nextSibling;
      else {
        // The free item under the cursor (then nothing moves), else the first free one left, else a new one.
        item = (cursor && free.get(cursor)) || firstFree(spare, free);
        if (item) free.delete(item.li);
        else item = create(list.ownerDocument, lang);
        next.set(e.id, item);
      }
      show(item, e);
      if (relang && item.span) item.span.setAttribute('lang', lang!);
      if (item.li === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(item.li, cursor);
    }
    for (const item of free.values()) item.li.remove();
    this.items = next;
    this.lang = lang;
    return noChange;
  }
}

/** The first item of `spare` (an iterator over `free`'s values) still in `free`. */
function firstFree(spare: Iterator<Item>, free: ReadonlyMap<Node, Item>): Item | undefined {
  for (let r = spare.next(); !r.done; r = spare.next()) if (free.has(r.value.li)) return r.value;
  return undefined;
}

export const eventListItems = directive(EventListItemsDirective);
