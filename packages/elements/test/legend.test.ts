import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { englishMessages as m } from '../src/messages.js';

afterEach(() => document.body.replaceChildren());

const legendOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="legend"]')!;
const entries = (el: HTMLElement) => [...legendOf(el).querySelectorAll('li > span')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());

describe('<syria-timeline> legend', () => {
  it('sits above the plot, says how to read the chart in one line, and lists every encoding the view draws', async () => {
    const h = await mount({ width: 1280 });
    const legend = legendOf(h.element);
    const plot = h.element.shadowRoot!.querySelector('svg.main')!;
    expect(legend.getBoundingClientRect().bottom).toBeLessThanOrEqual(plot.getBoundingClientRect().top);
    expect(legend.querySelector('summary')!.textContent).toContain(m.howToRead);
    const listed = entries(h.element);
    for (const t of new Set(builtinDataset.events.map((e) => e.type))) expect(listed).toContain(m.types[t]);
    // What the built-in data draws at the full view: month-only dates, background events, pills, ties,
    // and the stance encodings of its first issue (on which no side changes its position: no tick).
    for (const text of [m.monthOrYear, m.background, m.cluster, m.ties.to, m.ties.against, m.ties.about, m.observed]) expect(listed).toContain(text);
    expect(listed).not.toContain(m.stanceChange);
    expect(listed).toEqual(expect.arrayContaining([m.supports, m.opposes]));
    // Every entry has its picture.
    for (const li of legendOf(h.element).querySelectorAll('li')) expect(li.querySelector('svg, .legend-swatch')).not.toBeNull();
  });

  it('lists only what is drawn: no stance entries without an issue, no date styles the data does not use', async () => {
    const data = smallDataset();
    data.events = data.events.filter((e) => e.when.end === undefined && !e.when.start.includes('~'));
    const h = await mount({ dataset: data, attrs: { issue: 'none' } });
    const listed = entries(h.element);
    for (const text of [m.range, m.approximate, m.supports, m.opposes, m.neutral, m.carried, m.stanceChange]) expect(listed).not.toContain(text);
    expect(listed).toContain(m.types.statement);
  });

  it('folds away to its summary line, and stays as the reader left it', async () => {
    const h = await mount({ width: 1280 });
    const legend = legendOf(h.element);
    expect(legend.open).toBe(true);
    legend.querySelector('summary')!.click();
    await h.settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(legend.open).toBe(false);
    expect(legend.querySelector('ul')!.checkVisibility()).toBe(false);
    await h.element.zoomTo('2012-02', '2012-02');
    expect(legendOf(h.element).open).toBe(false);
    // February 2012 draws a position carried forward after its last observation: now the key lists it.
    expect(entries(h.element)).toContain(m.carried);
  });
});
