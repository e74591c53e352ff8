import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './support/mount.js';
import { click } from './support/real-input.js';
import { smallDataset } from './fixtures/small-dataset.js';
import { focusedName } from './support/focused-name.js';

afterEach(() => document.body.replaceChildren());

const mountSmall = () => mount({ dataset: smallDataset(), attrs: { start: '2012-01', end: '2012-06' } });

describe('pointer focus', () => {
  it('a click on the plot draws no outline round it; keyboard focus on a plot with no mark does', async () => {
    const h = await mountSmall();
    const svg = h.element.shadowRoot!.querySelector<SVGSVGElement>('svg.main')!;
    svg.scrollIntoView({ block: 'center' });
    const box = svg.getBoundingClientRect();
    // Empty plot: the axis strip at the top.
    await click({ x: box.left + box.width / 2, y: box.top + 10 });
    await h.settle();
    expect(h.element.shadowRoot!.activeElement).toBe(svg);
    expect(getComputedStyle(svg).outlineStyle).toBe('none');
  });
});

describe('Escape', () => {
  it('closes the details from inside them and puts focus back on the mark', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    await h.pressKey('Enter');
    const close = h.element.shadowRoot!.querySelector<HTMLButtonElement>('[part="details"] .close')!;
    close.focus();
    expect(focusedName(h.element)).toBe('Close details');
    await h.pressKey('Escape');
    expect(h.details()).toBeNull();
    expect(h.element.hasAttribute('selected')).toBe(false);
    expect(focusedName(h.element)).toBe('Statement: North speaks, 10 Jan 2012, North lane');
  });

  it('closes them from the toolbar too', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    await h.pressKey('Enter');
    h.element.shadowRoot!.querySelector<HTMLSelectElement>('[part="issue-picker"]')!.focus();
    await h.pressKey('Escape');
    expect(h.details()).toBeNull();
    expect(focusedName(h.element)).toBe('Statement: North speaks, 10 Jan 2012, North lane');
  });
});

describe('zoom buttons at the limits', () => {
  it('− is disabled when everything is shown, + at the minimum span; both work in between', async () => {
    const h = await mount({ dataset: smallDataset() });
    // Named by hidden text (the name holds what is shown), with the name as the title.
    const button = (label: string) => h.element.shadowRoot!.querySelector<HTMLButtonElement>(`[part="toolbar"] button[title="${label}"]`)!;
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('true');
    expect(button('Zoom in').getAttribute('aria-disabled')).toBe('false');
    const full = h.visibleRange();
    button('Zoom out').click();
    await h.settle();
    expect(h.visibleRange()).toEqual(full);
    await h.element.zoomTo('2012-03-01', '2012-03-02');
    expect(button('Zoom in').getAttribute('aria-disabled')).toBe('true');
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('false');
  });
});

describe('target size (WCAG 2.5.8)', () => {
  it('the details’ close button, the toolbar buttons and the brush handles are at least 24 × 24 px', async () => {
    const h = await mountSmall();
    await h.focusFirstMark();
    await h.pressKey('Enter');
    const root = h.element.shadowRoot!;
    const targets = [
      root.querySelector('[part="details"] .close')!,
      ...root.querySelectorAll('[part="toolbar"] button'),
      ...root.querySelectorAll('[part="overview"] .handle'),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(6);
    for (const t of targets) {
      const box = t.getBoundingClientRect();
      const what = t.getAttribute('aria-label') ?? t.getAttribute('class') ?? t.textContent;
      expect(box.width, `${what} width`).toBeGreaterThanOrEqual(24);
      expect(box.height, `${what} height`).toBeGreaterThanOrEqual(24);
    }
  });
});
