import { afterEach, describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { eventListItems } from '../src/templates/event-list-items.js';
import type { ListedEvent } from '../src/templates/render-event-list.js';

let host: HTMLElement | null = null;
afterEach(() => host?.remove());

function mount(): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  return host;
}

const ev = (id: string, date = `date of ${id}`, title = `title of ${id}`): ListedEvent => ({ id, date, title });
const draw = (root: HTMLElement, items: ListedEvent[], lang?: string) => render(html`<ol ${eventListItems(items, lang)}></ol>`, root);
const items = (root: HTMLElement) => [...root.querySelectorAll('li')];
/** What a screen reader reads of each item, and the event its button focuses. */
const read = (root: HTMLElement) => items(root).map((li) => `${li.querySelector('button')!.getAttribute('data-event')} | ${li.textContent}`);

describe('eventListItems (the hidden list of events in view)', () => {
  it('lists each event as a button out of the Tab order, "date: title", the title marked with the data\'s language', () => {
    const root = mount();
    draw(root, [ev('a', '5 Mar 2012', 'North meets South'), ev('b')], 'en');
    expect(read(root)).toEqual(['a | 5 Mar 2012: North meets South', 'b | date of b: title of b']);
    const button = root.querySelector('button')!;
    expect([button.type, button.tabIndex]).toEqual(['button', -1]);
    expect(button.querySelector('span')!.getAttribute('lang')).toBe('en');
    expect(button.querySelector('span')!.dir).toBe('auto');
  });

  it('with no language to mark, an item is a button and its text: "date: title" in one text node', () => {
    const root = mount();
    draw(root, [ev('a', '5 Mar 2012', 'North meets South')]);
    expect(read(root)).toEqual(['a | 5 Mar 2012: North meets South']);
    const button = root.querySelector('button')!;
    expect([...button.childNodes].map((n) => n.nodeName)).toEqual(['#text']);
  });

  it('keeps the items of events still listed, whatever else enters or leaves, in the new order', () => {
    const root = mount();
    draw(root, [ev('a'), ev('b'), ev('c'), ev('d')]);
    const [, b, c] = items(root);
    draw(root, [ev('b'), ev('c'), ev('e'), ev('f'), ev('g')]);
    expect(read(root)).toEqual(['b', 'c', 'e', 'f', 'g'].map((id) => `${id} | date of ${id}: title of ${id}`));
    expect(items(root)[0]).toBe(b);
    expect(items(root)[1]).toBe(c);
    draw(root, [ev('g'), ev('c')]);
    expect(read(root)).toEqual(['g | date of g: title of g', 'c | date of c: title of c']);
    expect(items(root)[1]).toBe(c);
  });

  it('changes only what entered or left: a list shifted by one event writes one item', async () => {
    const root = mount();
    const ids = Array.from({ length: 50 }, (_, i) => `e${i}`);
    draw(root, ids.slice(0, 40).map((id) => ev(id)));
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((r) => changes.push(...r));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    draw(root, ids.slice(1, 41).map((id) => ev(id)));
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(read(root)).toEqual(ids.slice(1, 41).map((id) => `${id} | date of ${id}: title of ${id}`));
    // The item of e0 now shows e40: its event id, its text ('date: title'), and its move to the end.
    expect(changes.filter((r) => r.type !== 'childList')).toHaveLength(2);
    expect(changes.filter((r) => r.type === 'childList').length).toBeLessThanOrEqual(2);
  });

  it('reuses the items of events that left for those that entered, writing only what differs; grows and shrinks', () => {
    const root = mount();
    draw(root, [ev('a', 'same day', 'x'), ev('b')]);
    const [a] = items(root);
    draw(root, [ev('z', 'same day', 'y'), ev('b'), ev('c')]);
    expect(read(root)).toEqual(['z | same day: y', 'b | date of b: title of b', 'c | date of c: title of c']);
    expect(items(root)[0]).toBe(a);
    draw(root, [ev('c')]);
    expect(read(root)).toEqual(['c | date of c: title of c']);
    draw(root, []);
    expect(items(root)).toEqual([]);
  });

  it('lists an id given twice once, and follows a change of the data\'s language on every item, marked or not', () => {
    const root = mount();
    draw(root, [ev('a'), ev('b'), ev('a')], 'en');
    expect(read(root)).toEqual(['a | date of a: title of a', 'b | date of b: title of b']);
    draw(root, [ev('a'), ev('b'), ev('c')], 'fr');
    expect(items(root).map((li) => li.querySelector('span')!.getAttribute('lang'))).toEqual(['fr', 'fr', 'fr']);
    draw(root, [ev('a'), ev('d')], undefined);
    expect(items(root).map((li) => li.querySelector('span'))).toEqual([null, null]);
    expect(read(root)).toEqual(['a | date of a: title of a', 'd | date of d: title of d']);
    draw(root, [ev('a'), ev('d'), ev('e')], undefined);
    expect(items(root)[2]!.querySelector('span')).toBe(null);
    draw(root, [ev('e'), ev('a')], 'ar');
    expect(items(root).map((li) => li.querySelector('span')?.getAttribute('lang'))).toEqual(['ar', 'ar']);
    expect(read(root)).toEqual(['e | date of e: title of e', 'a | date of a: title of a']);
  });
});
