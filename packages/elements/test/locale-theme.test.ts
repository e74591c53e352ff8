import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount } from './support/mount.js';
import { smallDataset } from './fixtures/small-dataset.js';

afterEach(async () => {
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const inner = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.root')!;

describe('locale', () => {
  it('ru gives Cyrillic month ticks', async () => {
    const h = await mount({ attrs: { locale: 'ru', start: '2012-01', end: '2012-06' } });
    expect(h.ticks().some((t) => /[а-яё]/i.test(t))).toBe(true);
    expect(inner(h.element).lang).toBe('ru');
  });

  it('fr gives French month ticks', async () => {
    const h = await mount({ attrs: { locale: 'fr', start: '2012-01', end: '2012-06' } });
    expect(h.ticks().join(' ')).toMatch(/févr|mars|avr/);
  });

  it('ar lays the text out right to left, keeping time flowing left to right', async () => {
    const h = await mount({ attrs: { locale: 'ar', start: '2012-01', end: '2012-06' } });
    expect(inner(h.element).dir).toBe('rtl');
    expect(h.ticks().some((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
    // Lane labels sit at the right of the plot.
    const label = h.element.shadowRoot!.querySelector('.labels')!.getBoundingClientRect();
    const plot = h.element.shadowRoot!.querySelector('svg.main')!.getBoundingClientRect();
    expect(label.left).toBeGreaterThanOrEqual(plot.right - 1);
    // Earlier ticks are further left.
    const xs = [...h.element.shadowRoot!.querySelectorAll('[part="axis"] .tick')].map((t) => t.getBoundingClientRect().left);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('en keeps British English dates: ticks and the live summary', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });
    expect(h.ticks()).toEqual(expect.arrayContaining(['Feb 2012', 'Mar', 'Apr', 'May']));
    expect(h.liveSummary()).toMatch(/^Showing \d+ events?, Jan 2012 – Jun 2012$/);
  });

  it('de, a language without interface text, formats dates in German and keeps the interface English', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'de', start: '2012-01', end: '2012-06' } });
    expect(h.ticks()).toContain('Feb. 2012');
    expect(h.ticks().join(' ')).toMatch(/Mär/);
    expect(h.liveSummary()).toMatch(/^Showing \d+ events?, Jan\. 2012 – Juni? 2012$/);
    expect(h.element.shadowRoot!.querySelector('button[title="Zoom in"]')).not.toBeNull();
    expect(inner(h.element).lang).toBe('en');
    expect(inner(h.element).dir).toBe('ltr');
  });

  it('switching between two locales without interface text relabels the dates, summary included', async () => {
    const h = await mount({ dataset: smallDataset(), attrs: { locale: 'de', start: '2012-01', end: '2012-06' } });
    h.element.setAttribute('locale', 'es');
    await h.settle();
    expect(h.ticks().join(' ')).toMatch(/abr/);
    expect(h.liveSummary()).toMatch(/^Showing \d+ events?, ene 2012 – jun 2012$/);
  });

  it('switching locale relabels without a reload', async () => {
    const h = await mount({ attrs: { start: '2012-01', end: '2012-06' } });
    const en = h.ticks().join(' ');
    h.element.setAttribute('locale', 'ru');
    await h.settle();
    expect(h.ticks().join(' ')).not.toBe(en);
  });
});

describe('theme', () => {
  const bg = (el: HTMLElement) => getComputedStyle(el).backgroundColor;

  it('dark theme changes the colours; light is the same as auto with a light scheme', async () => {
    const light = await mount({ dataset: smallDataset(), attrs: { theme: 'light' } });
    const dark = await mount({ dataset: smallDataset(), attrs: { theme: 'dark' } });
    expect(bg(dark.element)).not.toBe(bg(light.element));
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    const auto = await mount({ dataset: smallDataset() });
    expect(auto.element.getAttribute('theme')).toBe('auto');
    expect(bg(auto.element)).toBe(bg(light.element));
  });

  it('auto follows prefers-color-scheme: dark', async () => {
    const dark = await mount({ dataset: smallDataset(), attrs: { theme: 'dark' } });
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const auto = await mount({ dataset: smallDataset(), attrs: { theme: 'auto' } });
    expect(bg(auto.element)).toBe(bg(dark.element));
  });
});

describe('reduced motion', () => {
  it('with prefers-reduced-motion, zooms are applied at once and nothing animates', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const h = await mount({ dataset: smallDataset() });
    void h.element.zoomTo('2012-02', '2012-03');
    // Right after the call, before any frame: already there.
    await h.element.updateComplete;
    expect(h.visibleRange().start.getTime()).toBe(Date.UTC(2012, 1, 1));
    await h.focusFirstMark();
    const tip = h.element.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(getComputedStyle(tip).transitionDuration).toBe('0s');
  });

  it('without it, the tooltip fades in', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const h = await mount({ dataset: smallDataset() });
    await h.focusFirstMark();
    const tip = h.element.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(getComputedStyle(tip).transitionDuration).not.toBe('0s');
  });
});

describe('narrow containers', () => {
  it('at 320px the labels move onto the lanes and nothing overflows', async () => {
    const h = await mount({ width: 320 });
    expect(h.element.hasAttribute('narrow')).toBe(true);
    const root = h.element.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.labels')!).display).toBe('none');
    const overlay = root.querySelector('.overlay-labels [part~="lane-label"]')!;
    expect(overlay.getBoundingClientRect().width).toBeGreaterThan(0);
    expect(h.element.scrollWidth).toBeLessThanOrEqual(320);
    expect(Number(root.querySelector('svg.main')!.getAttribute('width'))).toBeLessThanOrEqual(320);
    expect(h.marks().length + h.clusters().length).toBeGreaterThan(0);
  });

  it('follows its container when it is resized', async () => {
    const h = await mount({ width: 900 });
    const wide = Number(h.element.shadowRoot!.querySelector('svg.main')!.getAttribute('width'));
    h.element.style.width = '600px';
    await expect.poll(() => Number(h.element.shadowRoot!.querySelector('svg.main')!.getAttribute('width'))).toBeLessThan(wide);
  });
});
