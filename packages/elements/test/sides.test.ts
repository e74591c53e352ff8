import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset, whenSpan } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { timelineInternals } from '../src/syria-timeline-element.js';
import { sidesDataset } from './fixtures/sides-dataset.js';

afterEach(() => document.body.replaceChildren());

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const FEB = { start: '2012-01', end: '2012-03' };

/** The lane label buttons in the label column, by lane id. */
const labelButton = (root: ShadowRoot, lane: string) =>
  root.querySelector<HTMLButtonElement>(`.labels [part~="lane-label"][data-lane="${lane}"]`)!;
const card = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part="side-card"]');

describe('ties by role', () => {
  it('draws ties to a recipient, against a target and about an object as three kinds, each in the legend', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    const root = h.element.shadowRoot!;
    const kinds = [...root.querySelectorAll('[part~="tie"][data-state="rest"]')].map((p) => p.getAttribute('data-kind')).sort();
    expect(kinds).toEqual(['about', 'against', 'to']);
    // They look different: the 'about' arc is dashed, the others solid; 'against' ends in an extra bar (a second subpath).
    const arc = (kind: string) => root.querySelector<SVGPathElement>(`.tie-arc.${kind}.rest`)!;
    expect(getComputedStyle(arc('about')).strokeDasharray).not.toBe('none');
    expect(getComputedStyle(arc('to')).strokeDasharray).toBe('none');
    const ends = (kind: string) => root.querySelector(`.tie-end.${kind}.rest`)!.getAttribute('d')!.split('M').length - 1;
    expect(ends('against')).toBe(2 * ends('to'));
    const legend = [...root.querySelectorAll('[part="legend"] li[data-tie]')].map((li) => squash(li.textContent));
    expect(legend).toEqual(['Addressed to', 'Directed against', 'About']);
  });

  it('draws ties faintly at rest and in full for the hovered, focused or selected event', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    const root = h.element.shadowRoot!;
    const active = () => [...root.querySelectorAll('[part~="tie"][data-state="active"]')].map((p) => p.getAttribute('data-kind')).sort();
    expect(active()).toEqual([]);
    const rest = root.querySelector<SVGPathElement>('.tie-arc.rest')!;
    expect(Number(getComputedStyle(rest).opacity)).toBeLessThan(0.7);
    await h.hover('North vetoes');
    expect(active()).toEqual(['about', 'against']);
    const full = root.querySelector<SVGPathElement>('.tie-arc.active')!;
    expect(Number(getComputedStyle(full).opacity)).toBe(1);
    expect(Number.parseFloat(getComputedStyle(full).strokeWidth)).toBeGreaterThan(Number.parseFloat(getComputedStyle(rest).strokeWidth));
    h.element.setAttribute('selected', 'n-meeting');
    await h.settle();
    expect(active()).toContain('to');
  });
});

describe('the context row', () => {
  it('draws an event with no participant in a lane in a row "Others" after the data lanes, hideable through `lanes`', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    expect(h.lanes()).toEqual(['North', 'South', 'West', 'Others']);
    expect(h.marks('others').map((m) => m.eventId)).toEqual(['un-toll']);
    h.element.setAttribute('lanes', 'north south');
    await h.settle();
    expect(h.lanes()).toEqual(['North', 'South']);
    h.element.setAttribute('lanes', 'others north');
    await h.settle();
    expect(h.lanes()).toEqual(['Others', 'North']);
  });

  it('names the row in the locale', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: { ...FEB, locale: 'ru' } });
    expect(h.lanes().at(-1)).toBe('Прочие');
  });
});

describe('how dated, with the source behind the date', () => {
  const CASES = [
    { locale: 'en', has: ['dated by its article, Undated wire copy, whose date is inferred', 'Outside knowledge: the UN figure'] },
    { locale: 'ru', has: ['датировано датой статьи (Undated wire copy), которая сама установлена предположительно', 'Внешние сведения:'] },
    { locale: 'fr', has: ['datée par son article (Undated wire copy), dont la date est elle-même déduite', 'Connaissance extérieure :'] },
    { locale: 'ar', has: ['مؤرَّخ بتاريخ مقاله (Undated wire copy)، وتاريخ المقال نفسه مُستنتَج', 'معلومات من خارج النص:'] },
  ];
  for (const c of CASES) {
    it(`${c.locale}: the details say the article's date is inferred, and give the outside knowledge`, async () => {
      const h = await mount({ dataset: sidesDataset(), attrs: { ...FEB, locale: c.locale, selected: 'un-toll' } });
      const dd = [...h.element.shadowRoot!.querySelectorAll('[part="details"] dd')].map((d) => squash(d.textContent));
      // The Arabic text isolates the data in it (FSI…PDI): compare the words.
      const howDated = dd[1]!.replace(/[\u2066-\u2069]/g, '');
      for (const words of c.has) expect(howDated).toContain(words);
      if (c.locale !== 'en') expect(howDated).not.toMatch(/dated by|inferred|Outside knowledge/);
    });
  }
});

describe('the side card', () => {
  it('opens from a lane label (a button) with the side\u2019s actors, relations and stance history, with quotes', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    const root = h.element.shadowRoot!;
    const north = labelButton(root, 'north');
    expect(north.localName).toBe('button');
    expect(north.getAttribute('aria-label')).toMatch(/^North\b/);
    expect(north.getAttribute('aria-expanded')).toBe('false');
    north.click();
    await h.settle();
    const c = card(root)!;
    expect(c).not.toBeNull();
    expect(north.getAttribute('aria-expanded')).toBe('true');
    expect(squash(c.querySelector('h2')?.textContent)).toBe('North');
    expect([...c.querySelectorAll('.side-actors li')].map((li) => squash(li.textContent))).toEqual(['Northern government', 'Northern minister']);
    const relations = [...c.querySelectorAll('.side-relations > li')].map((li) => squash(li.textContent));
    expect(relations).toHaveLength(2);
    expect(relations[0]).toContain('Arms supply');
    expect(relations[0]).toContain('from 2011');
    expect(relations[0]).toContain('North supplies arms to South');
    expect(relations[0]).toContain('“North, which arms the South” — Harbour talks reported, Test Wire');
    expect(relations[1]).toContain('Diplomatic backing');
    expect(relations[1]).toContain('Jan 2012 – Jun 2012');
    // The stance history is grouped by issue: a disclosure each, its positions as swatches in the summary.
    const issues = [...c.querySelectorAll('details.side-issue')];
    expect(issues.map((d) => squash(d.querySelector('summary')?.textContent))).toEqual(['A ceasefire should hold (2)']);
    expect([...issues[0]!.querySelectorAll('summary .legend-swatch')].map((x) => x.classList[1])).toEqual(['supports', 'neutral']);
    const stances = [...c.querySelectorAll('.side-stances > li')].map((li) => squash(li.textContent));
    expect(stances).toHaveLength(2);
    expect(stances[0]).toContain('Supports');
    expect(stances[1]).toContain('Neutral');
    expect(stances[1]).toContain('(if the harbour opens)');
    expect(stances[1]).toContain('— Northern minister, Harbour talks reported');
    // Focus moves into the card.
    expect(root.activeElement?.closest('[part="side-card"]')).toBe(c);
  });

  it('is reached and worked by keyboard: one tab stop for the labels, arrows along them, Enter opens, Escape closes and returns focus', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    const root = h.element.shadowRoot!;
    const stops = [...root.querySelectorAll('.labels [part~="lane-label"]')].map((b) => b.getAttribute('tabindex'));
    expect(stops).toEqual(['0', '-1', '-1', '-1']);
    labelButton(root, 'north').focus();
    await h.pressKey('ArrowDown');
    expect(root.activeElement).toBe(labelButton(root, 'south'));
    expect(labelButton(root, 'south').getAttribute('tabindex')).toBe('0');
    await h.pressKey('Enter');
    expect(card(root)?.dataset['lane']).toBe('south');
    await h.pressKey('Escape');
    expect(card(root)).toBeNull();
    expect(root.activeElement).toBe(labelButton(root, 'south'));
    // The × closes it too, and the context row has a card of its own (its actors: those with no lane).
    await h.pressKey('End');
    await h.pressKey('Enter');
    expect(squash(card(root)!.querySelector('h2')?.textContent)).toBe('Others');
    expect(squash(card(root)!.querySelector('.side-actors')?.textContent)).toBe('United Nations');
    card(root)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await h.settle();
    await h.settle();
    expect(card(root)).toBeNull();
    expect(root.activeElement).toBe(labelButton(root, 'others'));
  });

  it('is translated (ru, fr, ar)', async () => {
    for (const [locale, heading, kind] of [['ru', 'Связи', 'Поставки оружия'], ['fr', 'Relations', 'Livraisons d’armes'], ['ar', 'العلاقات', 'إمداد بالسلاح']]) {
      const h = await mount({ dataset: sidesDataset(), attrs: { ...FEB, locale: locale! } });
      const root = h.element.shadowRoot!;
      labelButton(root, 'north').click();
      await h.settle();
      const c = card(root)!;
      expect([...c.querySelectorAll('h3')].map((x) => squash(x.textContent))).toContain(heading);
      expect(squash(c.textContent)).toContain(kind!);
      // No English interface word is left ('Relations' and 'Positions' are French words too).
      expect(squash(c.textContent)).not.toMatch(/Arms supply|Diplomatic backing|Actors|from 2011/);
      document.body.replaceChildren();
    }
  });
});

describe('exportSvg()', () => {
  it('includes the relations of the shown sides as text under the image', async () => {
    const h = await mount({ dataset: sidesDataset(), attrs: FEB });
    const doc = new DOMParser().parseFromString(await h.element.exportSvg(), 'image/svg+xml');
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(lines).toContain('Relations:');
    expect(lines).toContain('Arms supply: North supplies arms to South (from 2011)');
    expect(lines).toContain('Diplomatic backing: The West backs North at the UN (Jan 2012 – Jun 2012)');
    // Each once, though both ends of a relation are shown.
    expect(lines.filter((l) => l.startsWith('Arms supply'))).toHaveLength(1);
    // The image grew to hold them.
    const svg = doc.documentElement;
    const last = [...doc.querySelectorAll('text')].at(-1)!;
    expect(Number(last.getAttribute('y'))).toBeLessThanOrEqual(Number(svg.getAttribute('height')));
  });
});

describe('the built-in dataset: every event is drawn', () => {
  it('gives every event a mark, or a place inside a cluster of one of its lanes, in the full view', async () => {
    const h = await mount({ width: 1280 });
    const root = h.element.shadowRoot!;
    const marked = new Set(h.marks().map((m) => m.eventId));
    const pills = [...root.querySelectorAll<SVGElement>('[part~="cluster"]')].map((c) => ({
      lane: c.closest<SVGGElement>('g.lane-marks')!.dataset['lane']!,
      label: c.getAttribute('aria-label') ?? '',
    }));
    const undrawn = builtinDataset.events.filter((e) => !marked.has(e.id));
    // Those without a mark of their own are in a cluster: one exists in the view for each of them.
    expect(undrawn.length === 0 || pills.length > 0).toBe(true);
    const layout = timelineInternals(h.element).layout!;
    for (const e of undrawn) {
      const start = whenSpan(e.when).start;
      expect(layout.clusters.some((c) => c.start <= start && start <= c.end), e.id).toBe(true);
    }
  });

  it('focusEvent(id) focuses a control named after each event that used to have no lane (UN tolls, Brahimi, ISIL)', async () => {
    const h = await mount({ width: 1280 });
    const ids = builtinDataset.events.filter((e) => /^(un-death-toll|brahimi|isil)/.test(e.id)).map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const event = builtinDataset.events.find((e) => e.id === id)!;
      expect(await h.element.focusEvent(id)).toBe(true);
      expect(h.activeMarkLabel(), id).toContain(event.title);
    }
  });
});
