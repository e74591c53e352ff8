import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(() => {
  document.body.replaceChildren();
  axe.reset();
});

/**
 * axe on the whole document (it enters open shadow roots) with every rule up to WCAG AA, best
 * practices and experimental ones included, the page given the heading a real page has (mount
 * puts the element in a <main>); violations as readable lines.
 */
async function violations(): Promise<string[]> {
  if (!document.querySelector('h1')) {
    const h1 = Object.assign(document.createElement('h1'), { textContent: 'Timeline' });
    h1.style.cssText = 'color: #000; background: #fff';
    (document.querySelector('main') ?? document.body).prepend(h1);
  }
  axe.configure({ rules: axe.getRules().map(({ ruleId, tags }) => ({ id: ruleId, enabled: !tags.includes('wcag2aaa') })) });
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}

describe('axe finds no violations', () => {
  it('in the default view', async () => {
    await mount();
    expect(await violations()).toEqual([]);
  });

  it('in the dark theme', async () => {
    document.body.style.background = '#16181d';
    await mount({ attrs: { theme: 'dark' } });
    expect(await violations()).toEqual([]);
    document.body.style.background = '';
  });

  it('with the details panel open and a mark focused', async () => {
    const h = await mount();
    const { builtinDataset } = await import('@syria-timeline/core');
    expect(await h.element.focusEvent(builtinDataset.events[3]!.id)).toBe(true);
    expect(h.details()).not.toBeNull();
    expect(h.activeMarkLabel()).not.toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('with a side card open (light and dark), from its lane label', async () => {
    const { sidesDataset } = await import('./fixtures/sides-dataset.js');
    for (const theme of ['light', 'dark']) {
      document.body.style.background = theme === 'dark' ? '#16181d' : '';
      const h = await mount({ dataset: sidesDataset(), attrs: { theme, start: '2012-01', end: '2012-03' } });
      h.element.shadowRoot!.querySelector<HTMLButtonElement>('.labels [data-lane="north"]')!.click();
      await h.settle();
      expect(h.element.shadowRoot!.querySelector('[part="side-card"]')).not.toBeNull();
      expect(await violations(), theme).toEqual([]);
      document.body.replaceChildren();
    }
    document.body.style.background = '';
  });

  it('with the error panel', async () => {
    await mount({ dataset: { version: 1, lanes: 'nope' } });
    expect(await violations()).toEqual([]);
  });

  it('at 320px, in Arabic', async () => {
    await mount({ width: 320, attrs: { locale: 'ar' } });
    expect(await violations()).toEqual([]);
  });
});

describe('axe with the page-level rules, the element embedded', () => {
  it('the toolbar, live summary and legend sit in the element\'s named region, even outside any landmark', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'fr' } });
    // Out of the <main> mount gives it: straight in <body>, as a careless page might embed it.
    document.body.append(h.element);
    document.querySelector('main')!.remove();
    await h.settle();
    const region = h.element.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Chronologie des événements');
    for (const part of ['[part="toolbar"]', '[data-summary]', '[part="legend"]']) {
      expect(region.contains(h.element.shadowRoot!.querySelector(part))).toBe(true);
    }
    const result = await axe.run(document.body, { runOnly: ['region'] });
    expect(result.violations).toEqual([]);
  });

  it('an empty dataset: "No events", and nothing for axe to find', async () => {
    await mount({ dataset: { ...smallDataset(), events: [], stances: [] }, attrs: { locale: 'ar' } });
    expect(await violations()).toEqual([]);
  });
});

describe('screen-reader structure', () => {
  it('lists the events in view with date and title, and summarises the window politely', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-02', end: '2012-04' } });
    const listed = () => [...h.element.shadowRoot!.querySelectorAll('ol[aria-label="Events in view"] li')].map((li) => li.textContent);
    // The summary is there at the first paint; the list follows once the first view has been still for 300 ms, as after a zoom.
    expect(h.liveSummary()).toMatch(/^Showing \d+ events/);
    await expect.poll(listed, { timeout: 2_000 }).toContain('5 Mar 2012: North meets South');
    const items = listed();
    expect(items.some((t) => t?.includes('North speaks'))).toBe(false);
    expect(h.liveSummary()).toMatch(/^Showing \d+ events, (1 )?Feb 2012 – (30 )?Apr 2012$/);
    expect(h.liveSummary()).toContain(`Showing ${items.length} events`);
  });

  it('a zoom right after the first drawing: the list first fills in for the window zoomed to, not for the view left', async () => {
    const h = await mount({ dataset: smallDataset() });
    const list = () => h.element.shadowRoot!.querySelector('ol[aria-label="Events in view"]');
    const listed = () => [...(list()?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    const fillings: string[][] = [];
    const observer = new MutationObserver(() => {
      const now = listed();
      if (now.length > 0 && now.join('\n') !== fillings.at(-1)?.join('\n')) fillings.push(now);
    });
    observer.observe(h.element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await h.element.zoomTo('2012-05', '2012-05');
      await expect.poll(listed, { timeout: 3_000 }).toEqual([expect.stringContaining('Harbour talks')]);
      // Filled once, in the window the reader is in: not with the whole view's events first (~300 ms after the drawing, between steps).
      expect(fillings).toEqual([listed()]);
    } finally {
      observer.disconnect();
    }
  });

  it('updates the summary when a zoom settles', async () => {
    const h = await mount({ dataset: smallDataset() });
    const before = h.liveSummary();
    await h.element.zoomTo('2012-04', '2012-04');
    await h.element.zoomTo('2012-05', '2012-05');
    // Announced once the zooming pauses, for the last window only.
    await expect.poll(() => h.liveSummary()).toContain('May 2012');
    expect(h.liveSummary()).not.toBe(before);
    expect(h.liveSummary()).not.toContain('Apr');
  });

  it('a settled zoom writes the summary and the list on their own, not in an update of the element (which draws the plot again)', async () => {
    const h = await mount({ dataset: smallDataset() });
    const root = h.element.shadowRoot!;
    const listed = () => [...root.querySelectorAll('ol[aria-label="Events in view"] li')].map((li) => li.textContent).join('|');
    await expect.poll(listed, { timeout: 2_000 }).not.toBe('');
    const read = () => `${h.liveSummary()} / ${listed()}`;
    const written: string[] = [];
    // Every update of the element from here on: did it change what a screen reader reads?
    const el = h.element as unknown as { update(changed: unknown): void };
    const update = el.update;
    el.update = function (this: unknown, changed: unknown) {
      const before = read();
      update.call(this, changed);
      if (read() !== before) written.push(read());
    };
    try {
      const before = read();
      await h.element.zoomTo('2012-02', '2012-04');
      // Once the window has been still for 300 ms.
      await expect.poll(read, { timeout: 2_000 }).not.toBe(before);
      expect(listed()).toContain('5 Mar 2012: North meets South');
      expect(listed()).not.toContain('North speaks');
      expect(h.liveSummary()).toMatch(/Feb 2012 – (30 )?Apr 2012$/);
      expect(written).toEqual([]);
    } finally {
      delete (el as { update?: unknown }).update;
    }
  });

  it('names the plot, and every mark is a button with a name and pressed state', async () => {
    const h = await mount({ dataset: smallDataset() });
    const plot = h.element.shadowRoot!.querySelector('svg.main')!;
    expect(plot.getAttribute('role')).toBe('group');
    expect(plot.getAttribute('aria-label')).toMatch(/Timeline/);
    for (const m of h.element.shadowRoot!.querySelectorAll('[part~="mark"]')) {
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('aria-label')).toBeTruthy();
      expect(m.getAttribute('aria-pressed')).toMatch(/^(true|false)$/);
    }
  });
});
