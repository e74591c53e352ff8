import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset, type Dataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { englishMessages, type TimelineMessages } from '../src/messages.js';
import { messages as fr } from '../src/messages-fr.js';

afterEach(() => document.body.replaceChildren());

/*
 * Every string the element writes, in ru, fr and ar, must be in that language. The walk reads the
 * shadow DOM's text and its aria-label, aria-description, aria-roledescription and title
 * attributes. Data is not translated: text inside an element whose `lang` is not the interface's
 * is skipped, and every string of the dataset is cut out of what remains (names mix data into
 * interface words). What is left must hold no Latin letter in ru and ar (key names excepted), and
 * in fr no word that only the English messages use.
 */

/** Every string a messages table can produce: its strings, and its functions called with stand-ins. */
function messageTexts(m: unknown): string[] {
  if (typeof m === 'string') return [m];
  if (typeof m === 'function') {
    const f = m as (...args: unknown[]) => unknown;
    // A stand-in that is both text ("·") and a list (for a lanes argument).
    const x = Object.assign(['·'], { toString: () => '·', toLowerCase: () => '·', toUpperCase: () => '·' });
    // Plural forms with 1 and 5; a stance position; an absent optional part.
    const calls = [[1, '1', x, x, x], [5, '5', x, x, x], [x, 'supports', x, x, x], [x, 'opposes', undefined, x, x], [x, x, undefined, x, x]];
    return calls.flatMap((args) => messageTexts(String(f(...args))));
  }
  if (m && typeof m === 'object') return Object.values(m).flatMap(messageTexts);
  return [];
}
const words = (texts: readonly string[]) =>
  new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-zà-ÿœæ]{3,}/g) ?? []));

/** Words of the English interface that the French one never uses ("date", "type", "participants" are French too). */
function englishOnlyWords(other: TimelineMessages): Set<string> {
  const theirs = words(messageTexts(other));
  return new Set([...words(messageTexts(englishMessages))].filter((w) => !theirs.has(w)));
}

/** Keys named in hints are written as on the keyboard in every language. */
const KEY_NAMES = /\b(Ctrl|Shift|Alt|Enter|Esc|Escape|Home|End|Tab|PageUp|PageDown|Page Up|Page Down|Space)\b/g;

/** Every string in the dataset, longest first (so that a title is cut before a word inside it). */
function dataStrings(d: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(d);
  return [...out].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** The interface text of the element: text nodes and naming attributes, outside data in another language. */
function interfaceStrings(host: HTMLElement, uiLang: string): string[] {
  const out: string[] = [];
  const inUi = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? uiLang) === uiLang;
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      if (inUi(node)) {
        for (const a of ['aria-label', 'aria-description', 'aria-roledescription', 'title']) {
          const v = node.getAttribute(a);
          if (v) out.push(v);
        }
      }
    } else if (node.nodeType === Node.TEXT_NODE && node.parentElement && inUi(node.parentElement)) {
      const t = node.textContent?.trim();
      if (t) out.push(t);
    }
    node.childNodes.forEach(visit);
  };
  visit(host.shadowRoot!);
  return out;
}

function leftovers(host: HTMLElement, uiLang: string, data: readonly string[], english: Set<string> | null): string[] {
  return interfaceStrings(host, uiLang).flatMap((s) => {
    let rest = s;
    for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
    rest = rest.replace(KEY_NAMES, ' ');
    if (english === null) return /[A-Za-z]/.test(rest) ? [`${s}  ⟶  ${rest}`] : [];
    const found = (rest.toLowerCase().match(/[a-zà-ÿœæ]{3,}/g) ?? []).filter((w) => english.has(w));
    return found.length ? [`${s}  ⟶  ${found.join(', ')}`] : [];
  });
}

const LOCALES = [
  { locale: 'ru', english: null },
  { locale: 'ar', english: null },
  { locale: 'fr', english: englishOnlyWords(fr) },
] as const;

/** A fixture in English with a lang, a conditional stance, and a resolved date with a phrase and a note. */
function fixture(): Dataset {
  const d = smallDataset();
  d.lang = 'en';
  d.stances[0]!.condition = 'until the harbour reopens';
  const e = d.events.find((x) => x.id === 'n-meeting')!;
  e.when = { ...e.when, basis: 'resolved', phrase: 'on Monday', anchor: 'src-a', note: 'the dateline is printed' };
  return d;
}

describe('no English is left in another locale', () => {
  it('the test itself finds English: the English interface fails it', async () => {
    const h = await mount({ dataset: fixture(), attrs: { locale: 'en' } });
    expect(leftovers(h.element, 'en', dataStrings(fixture()), null).length).toBeGreaterThan(3);
    expect(leftovers(h.element, 'en', dataStrings(fixture()), englishOnlyWords(fr)).length).toBeGreaterThan(3);
  });

  for (const { locale, english } of LOCALES) {
    it(`${locale}: the built-in dataset, zoomed out (pills) and with a mark focused and its details open`, async () => {
      const data = dataStrings(builtinDataset);
      const h = await mount({ attrs: { locale } });
      expect(h.element.shadowRoot!.querySelector('[part~="cluster"]')).not.toBeNull();
      expect(leftovers(h.element, locale, data, english)).toEqual([]);
      const event = builtinDataset.events.find((e) => e.when.basis === 'resolved' && e.when.phrase) ?? builtinDataset.events[3]!;
      expect(await h.element.focusEvent(event.id)).toBe(true);
      await h.settle();
      expect(h.element.shadowRoot!.querySelector('[part="tooltip"]')).not.toBeNull();
      expect(h.details()).not.toBeNull();
      expect(leftovers(h.element, locale, data, english)).toEqual([]);
    });

    it(`${locale}: a fixture with a conditional stance and a resolved date, its details open`, async () => {
      const d = fixture();
      const h = await mount({ dataset: d, attrs: { locale, start: '2012-01', end: '2012-12' } });
      expect(await h.element.focusEvent('n-meeting')).toBe(true);
      await h.settle();
      expect(h.element.shadowRoot!.querySelector('.stance-points [aria-label]')).not.toBeNull();
      expect(leftovers(h.element, locale, dataStrings(d), english)).toEqual([]);
    });

    it(`${locale}: the empty, no-lane and error states`, async () => {
      const empty = { ...smallDataset(), events: [], stances: [] };
      let h = await mount({ dataset: empty, attrs: { locale } });
      expect(h.element.shadowRoot!.querySelector('.empty')?.textContent).toBe(locale === 'ru' ? 'Нет событий' : locale === 'fr' ? 'Aucun événement' : 'لا توجد أحداث');
      expect(leftovers(h.element, locale, dataStrings(empty), english)).toEqual([]);
      document.body.replaceChildren();
      h = await mount({ dataset: smallDataset(), attrs: { locale, lanes: 'nowhere' }, noWait: true });
      await h.settle();
      expect(h.element.shadowRoot!.querySelector('.loading')?.textContent).toContain('nowhere');
      expect(leftovers(h.element, locale, [...dataStrings(smallDataset()), 'nowhere'], english)).toEqual([]);
      document.body.replaceChildren();
      const bad = { version: 1, lanes: 'nope' };
      h = await mount({ dataset: bad, attrs: { locale } });
      expect(h.element.shadowRoot!.querySelector('[part="error"]')).not.toBeNull();
      expect(leftovers(h.element, locale, dataStrings(bad), english)).toEqual([]);
    });
  }
});
