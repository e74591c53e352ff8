import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { SyriaTimeline } from '../src/syria-timeline-element.js';

afterEach(() => document.body.replaceChildren());

const $ = (h: { element: HTMLElement }, selector: string) => h.element.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (h: { element: HTMLElement }, selector: string) => [...h.element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang');

describe('data keeps its own language', () => {
  it('in the Arabic interface, English data is marked lang="en" and the interface text lang="ar"', async () => {
    const h = await mount({ attrs: { locale: 'ar' } });
    const event = builtinDataset.events[3]!;
    expect(await h.element.focusEvent(event.id)).toBe(true);
    await h.settle();
    expect(langOf($(h, '[part="toolbar"]'))).toBe('ar');
    expect(langOf($(h, '[part="details"] h2'))).toBe('en');
    expect(langOf($(h, '[part="details"] dt'))).toBe('ar');
    expect(langOf($(h, '[part="quote"] p'))).toBe('en');
    expect(langOf($(h, '.lane-name'))).toBe('en');
    expect(langOf($(h, '[part="issue-picker"] option'))).toBe('en');
    // The hidden list: the date in the interface's language, the title in the data's.
    await expect.poll(() => $(h, 'ol li')).toBeTruthy();
    const item = $(h, 'ol li')!;
    expect(langOf(item)).toBe('ar');
    expect(langOf(item.querySelector('span'))).toBe('en');
  });

  it("a source's own lang marks its quotes; data without a lang takes none", async () => {
    const d = smallDataset();
    d.sources[0]!.lang = 'fr';
    const h = await mount({ dataset: d, attrs: { locale: 'ar', selected: 'n-meeting' } });
    expect(langOf($(h, '[part="quote"] p'))).toBe('fr');
    // No dataset lang: the title is not claimed to be in any language but the page's.
    expect($(h, '[part="details"] h2')!.hasAttribute('lang')).toBe(false);
  });

  it('the dataset validator takes a BCP 47 lang and rejects anything else', async () => {
    const { parseDataset } = await import('@syria-timeline/core/validate');
    expect(() => parseDataset({ ...smallDataset(), lang: 'en' })).not.toThrow();
    expect(() => parseDataset({ ...smallDataset(), lang: 'not a tag' })).toThrow(/lang/);
  });
});

describe('right to left', () => {
  it('in ar the details put each value next to its label, on the start (right) side, and the quote rule on the right', async () => {
    const h = await mount({ attrs: { locale: 'ar' }, width: 1000 });
    const event = builtinDataset.events.find((e) => e.when.basis === 'resolved') ?? builtinDataset.events[0]!;
    expect(await h.element.focusEvent(event.id)).toBe(true);
    await h.settle();
    const dts = $$(h, '[part="details"] dt');
    const dds = $$(h, '[part="details"] dd');
    expect(dts.length).toBeGreaterThan(2);
    dds.forEach((dd, i) => {
      const label = dts[i]!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(dd);
      const text = range.getBoundingClientRect();
      // The value ends (on its right) within the column gap of its label's left edge.
      expect(label.left - text.right).toBeGreaterThanOrEqual(0);
      expect(label.left - text.right).toBeLessThan(24);
    });
    const quote = getComputedStyle($(h, '[part="quote"]')!);
    expect(quote.borderRightWidth).toBe('3px');
    expect(quote.borderLeftWidth).toBe('0px');
    // The English quote lines up with the rule, against the right edge.
    const p = $(h, '[part="quote"] p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    expect(p.getBoundingClientRect().right - range.getBoundingClientRect().right).toBeLessThan(4);
  });
});

describe('one digit system per locale', () => {
  const texts = (h: Awaited<ReturnType<typeof mount>>) => [
    ...h.ticks(), ...$$(h, '.overview-year').map((t) => t.textContent ?? ''), ...h.clusterCounts().map((c) => c.text),
    h.liveSummary(), $(h, '.range-label')!.textContent ?? '',
    ...$$(h, '[part~="cluster"]').map((c) => c.getAttribute('aria-label') ?? ''),
  ];

  it('ar-SY: Arabic-Indic digits on the axis, the overview, the pill counts and names, the summary and the range', async () => {
    const h = await mount({ attrs: { locale: 'ar-SY' } });
    const all = texts(h);
    expect(h.clusterCounts().length).toBeGreaterThan(0);
    expect($$(h, '.overview-year').length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/[0-9]/);
    // Month-only ticks of the compressed axis ('آذار') have no digit: every other text has them.
    const numbered = all.filter((t) => /\p{Nd}/u.test(t));
    expect(numbered.length).toBeGreaterThan(all.length / 2);
    for (const t of numbered) expect(t).toMatch(/[\u0660-\u0669]/);
  });

  it('ar-u-nu-arab does the same, and plain ar uses Latin digits everywhere', async () => {
    let h = await mount({ attrs: { locale: 'ar-u-nu-arab' } });
    for (const t of texts(h)) expect(t).not.toMatch(/[0-9]/);
    document.body.replaceChildren();
    h = await mount({ attrs: { locale: 'ar' } });
    const plain = texts(h);
    for (const t of plain) expect(t).not.toMatch(/[\u0660-\u0669]/);
    expect(plain.filter((t) => /[0-9]/.test(t)).length).toBeGreaterThan(plain.length / 2);
  });
});

describe('adding or overriding an interface language', () => {
  it('registerLocale adds a language, with its direction; what it leaves out is English', async () => {
    SyriaTimeline.registerLocale('de', { zoomIn: 'Vergrößern', legend: 'Legende', types: { meeting: 'Treffen' }, noEvents: 'Keine Ereignisse' });
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'de-AT' } });
    expect($(h, '[part="toolbar"] button .visually-hidden')!.textContent).toBe('Vergrößern');
    expect($(h, '[part="legend"] ul')!.getAttribute('aria-label')).toBe('Legende');
    expect($(h, '[part="legend"]')!.textContent).toContain('Treffen');
    expect($(h, '[part="legend"]')!.textContent).toContain('Supports');
    expect($(h, '.root')!.getAttribute('lang')).toBe('de');
    // Dates follow the full tag.
    expect(h.ticks().join(' ')).toMatch(/Jän|Mär|Apr/);

    SyriaTimeline.registerLocale('he', { zoomIn: 'הגדלה' }, 'rtl');
    const rtl = await mount({ dataset: smallDataset(), attrs: { locale: 'he' } });
    expect($(rtl, '.root')!.getAttribute('dir')).toBe('rtl');
  });

  it('registerLocale overrides part of a built-in language, and rejects what is not a language', async () => {
    SyriaTimeline.registerLocale('fr', { reset: 'Tout voir' });
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'fr' } });
    const buttons = $$(h, '[part="toolbar"] button').map((b) => b.textContent?.trim());
    expect(buttons).toContain('Tout voir');
    // The rest is still French.
    expect($(h, '[part="toolbar"] button .visually-hidden')!.textContent).toBe('Zoom avant');
    expect(() => SyriaTimeline.registerLocale('not a tag', {})).toThrow(/language/);
    SyriaTimeline.registerLocale('fr', { reset: 'Réinitialiser' });
  });

  it('the messages property overrides text for one element, and updates it when set again', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'ru' } });
    h.element.messages = { zoomIn: 'Крупнее', types: { meeting: 'Переговоры' } };
    await h.settle();
    expect($(h, '[part="toolbar"] button .visually-hidden')!.textContent).toBe('Крупнее');
    expect($(h, '[part="legend"]')!.textContent).toContain('Переговоры');
    expect($(h, '[part="legend"]')!.textContent).toContain('Против');
    h.element.messages = undefined;
    await h.settle();
    expect($(h, '[part="toolbar"] button .visually-hidden')!.textContent).toBe('Увеличить');
  });
});

describe('an empty dataset', () => {
  it('says "No events" where the lanes are, and shows no legend of things not drawn', async () => {
    const h = await mount({ dataset: { ...smallDataset(), events: [], stances: [] } });
    const empty = $(h, '.empty')!;
    expect(empty.textContent).toBe('No events');
    expect(empty.getBoundingClientRect().height).toBeGreaterThan(10);
    expect(getComputedStyle(empty).visibility).toBe('visible');
    expect($$(h, '[part="legend"] li')).toHaveLength(0);
  });

  it('a dataset with events has no such message', async () => {
    const h = await mount({ dataset: smallDataset() });
    expect($(h, '.empty')).toBeNull();
  });
});
