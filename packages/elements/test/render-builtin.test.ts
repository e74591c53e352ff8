import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '@syria-timeline/core';
import { mount } from './support/mount.js';

afterEach(() => document.body.replaceChildren());

describe('<syria-timeline> with no attributes', () => {
  it('is drawn when updateComplete resolves true after it is connected', async () => {
    const el = document.createElement('syria-timeline');
    el.style.width = '900px';
    document.body.append(el);
    expect(await el.updateComplete).toBe(true);
    expect(el.shadowRoot!.querySelectorAll('[part~="mark"]').length).toBeGreaterThan(0);
  });

  it('shows the built-in dataset as four labelled lanes, in the dataset order, then the context row', async () => {
    const h = await mount();
    const expected = [...builtinDataset.lanes].sort((a, b) => a.order - b.order).map((l) => l.label);
    expect(h.lanes()).toEqual([...expected, 'Others']);
    expect(expected).toHaveLength(4);
  });

  it('draws marks or clusters in every lane, each mark with a readable name', async () => {
    const h = await mount();
    const marks = h.marks();
    expect(marks.length + h.clusters().length).toBeGreaterThan(10);
    for (const m of marks) expect(m.label.length).toBeGreaterThan(5);
    const lanesWithSomething = new Set(marks.map((m) => m.lane));
    const root = h.element.shadowRoot!;
    for (const c of root.querySelectorAll('[part~="cluster"]')) lanesWithSomething.add(c.closest<SVGGElement>('g.lane-marks')!.dataset['lane']!);
    expect(lanesWithSomething.size).toBe(5);
  });

  it('labels the axis with years when the whole extent is shown on the linear axis', async () => {
    const h = await mount({ attrs: { axis: 'linear' } });
    const ticks = h.ticks();
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(t).toMatch(/^\d{4}$/);
  });

  it('on the gap-compressed axis (the default) the whole extent has room for months, each busy period naming its year', async () => {
    const h = await mount({ width: 1200 });
    const ticks = h.ticks();
    for (const year of ['2011', '2012', '2013', '2015']) expect(ticks.some((t) => t.endsWith(year))).toBe(true);
    expect(ticks.some((t) => /^[A-Z][a-z]+$/.test(t))).toBe(true);
  });

  it('draws a glyph per event type and a legend naming each type shown', async () => {
    const h = await mount({ attrs: { start: '2012-01', end: '2012-03' } });
    const shapes = new Set(h.marks().map((m) => m.shape));
    expect(shapes.size).toBeGreaterThan(1);
    const legend = h.element.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    for (const t of new Set(builtinDataset.events.map((e) => e.type))) expect(legend.toLowerCase()).toContain(t === 'call' ? 'phone call' : t);
  });

  it('draws ties between lanes and stance bands for the first issue, with a picker', async () => {
    const h = await mount();
    const root = h.element.shadowRoot!;
    expect(root.querySelectorAll('[part~="tie"]').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('[part~="stance"]').length).toBeGreaterThan(0);
    const picker = root.querySelector<HTMLSelectElement>('[part="issue-picker"]')!;
    expect(picker.value).toBe(builtinDataset.issues[0]!.id);
  });

  it('has an overview strip with a brush showing the window', async () => {
    const h = await mount();
    const overview = h.element.shadowRoot!.querySelector('[part="overview"]')!;
    expect(overview.querySelector('.density')!.getAttribute('d')).not.toBe('');
    const selection = overview.querySelector('.brush .selection')!;
    expect(Number(selection.getAttribute('width'))).toBeGreaterThan(0);
  });
});

describe('lanes attribute', () => {
  it('selects and orders the lanes', async () => {
    const h = await mount({ attrs: { lanes: 'west russia' } });
    const byId = new Map(builtinDataset.lanes.map((l) => [l.id, l.label]));
    expect(h.lanes()).toEqual([byId.get('west'), byId.get('russia')]);
    for (const m of h.marks()) expect(['west', 'russia']).toContain(m.lane);
  });

  it('says so when it names no lane of the dataset', async () => {
    const el = document.createElement('syria-timeline');
    el.setAttribute('lanes', 'atlantis');
    document.body.append(el);
    await expect.poll(() => el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '').toContain('atlantis');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('russia');
  });

  it('updates when changed', async () => {
    const h = await mount();
    h.element.setAttribute('lanes', 'assad');
    await h.settle();
    expect(h.lanes()).toEqual([builtinDataset.lanes.find((l) => l.id === 'assad')!.label]);
  });
});

describe('lane colours', () => {
  it('take --syria-timeline-lane-<id>-color over the dataset colour', async () => {
    const h = await mount();
    h.element.style.setProperty('--syria-timeline-lane-russia-color', 'rgb(1, 2, 3)');
    const group = h.element.shadowRoot!.querySelector('g.lane-marks[data-lane="russia"]')!;
    expect(getComputedStyle(group).color).toBe('rgb(1, 2, 3)');
    const other = h.element.shadowRoot!.querySelector('g.lane-marks[data-lane="west"]')!;
    expect(getComputedStyle(other).color).not.toBe('rgb(1, 2, 3)');
  });
});
